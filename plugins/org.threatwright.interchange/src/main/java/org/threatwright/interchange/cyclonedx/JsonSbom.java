package org.threatwright.interchange.cyclonedx;

import static org.threatwright.interchange.internal.Json.items;
import static org.threatwright.interchange.internal.Json.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.internal.ImportContext;
import org.threatwright.interchange.internal.StructuredInput;

import com.fasterxml.jackson.databind.JsonNode;

/** The components of a CycloneDX JSON SBOM. */
final class JsonSbom {

	private static final Set<String> COMPONENT_MAPPED = Set.of("bom-ref", "type", "name", "group", "version", "purl",
			"cpe", "licenses", "supplier", "components", "description", "scope", "author", "publisher");

	private final JsonNode root;
	private final ImportContext report;

	JsonSbom(Path file, JsonNode root, ImportContext report) throws ImportException {
		StructuredInput.require(file, root, "a CycloneDX SBOM", "CycloneDX".equals(text(root, "bomFormat")),
				"'bomFormat' is not 'CycloneDX'");
		this.root = root;
		this.report = report;
	}

	List<SbomComponent> components() {
		for (String section : List.of("services", "dependencies", "vulnerabilities", "compositions", "externalReferences")) {
			if (root.path(section).isArray() && !root.path(section).isEmpty()) {
				report.unmapped("/" + section, root.path(section).size() + " " + section,
						"not part of a component's supply chain in the model");
			}
		}
		if (root.path("metadata").has("component")) {
			report.unmapped("/metadata/component", "the SBOM's subject '" + text(root.path("metadata").path("component"), "name")
					+ "'", "the element imported into stands for it");
		}
		return list(root, "/components");
	}

	private List<SbomComponent> list(JsonNode parent, String place) {
		List<SbomComponent> list = new ArrayList<>();
		List<JsonNode> nodes = items(parent, "components");
		for (int i = 0; i < nodes.size(); i++) {
			list.add(component(nodes.get(i), place + "/" + i));
		}
		return list;
	}

	private SbomComponent component(JsonNode node, String place) {
		List<String> licences = new ArrayList<>();
		for (JsonNode choice : items(node, "licenses")) {
			licences.add(text(choice, "expression") != null ? text(choice, "expression")
					: text(choice.path("license"), "id") != null ? text(choice.path("license"), "id")
							: text(choice.path("license"), "name"));
		}
		JsonNode supplier = node.get("supplier");
		String supplierName = text(supplier, "name");
		if (supplierName == null) {
			supplierName = text(node, "publisher") != null ? text(node, "publisher") : text(node, "author");
		}
		String url = items(supplier, "url").stream().map(JsonNode::asText).findFirst().orElse(null);
		String email = items(supplier, "contact").stream().map(c -> text(c, "email")).filter(e -> e != null).findFirst()
				.orElse(null);
		List<String> unmapped = new ArrayList<>();
		node.fieldNames().forEachRemaining(name -> {
			if (!COMPONENT_MAPPED.contains(name)) {
				unmapped.add("field '" + name + "'");
			}
		});
		return new SbomComponent(text(node, "bom-ref"), text(node, "type"), text(node, "name"), text(node, "group"),
				text(node, "version"), text(node, "purl"), text(node, "cpe"), CycloneDxImporter.licence(licences), supplierName,
				url, email, unmapped, list(node, place + "/components"), place);
	}
}
