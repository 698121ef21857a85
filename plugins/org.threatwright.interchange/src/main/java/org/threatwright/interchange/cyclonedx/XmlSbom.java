package org.threatwright.interchange.cyclonedx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.internal.ImportContext;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** The components of a CycloneDX XML SBOM (namespace {@code http://cyclonedx.org/schema/bom/1.x}). */
final class XmlSbom {

	private static final Set<String> COMPONENT_MAPPED = Set.of("name", "group", "version", "purl", "cpe", "licenses",
			"supplier", "components", "description", "scope", "author", "publisher");

	private final Node root;
	private final ImportContext report;

	XmlSbom(Path file, Document document, ImportContext report) throws ImportException {
		Node bom = document.getDocumentElement();
		String namespace = bom.getNamespaceURI();
		if (!"bom".equals(bom.getLocalName()) || namespace == null || !namespace.startsWith("http://cyclonedx.org/schema/bom/")) {
			throw ImportException.at(file, "/" + bom.getNodeName(), "not a CycloneDX SBOM: the root is '" + bom.getNodeName()
					+ "' in namespace '" + namespace + "', expected 'bom' in http://cyclonedx.org/schema/bom/1.x");
		}
		this.root = bom;
		this.report = report;
	}

	List<SbomComponent> components() {
		for (String section : List.of("services", "dependencies", "vulnerabilities", "compositions", "externalReferences")) {
			Node node = child(root, section);
			if (node != null && !children(node).isEmpty()) {
				report.unmapped("/bom/" + section, children(node).size() + " " + section,
						"not part of a component's supply chain in the model");
			}
		}
		Node subject = child(child(root, "metadata"), "component");
		if (subject != null) {
			report.unmapped("/bom/metadata/component", "the SBOM's subject '" + text(child(subject, "name")) + "'",
					"the element imported into stands for it");
		}
		return list(child(root, "components"), "/bom/components");
	}

	private List<SbomComponent> list(Node components, String place) {
		List<SbomComponent> list = new ArrayList<>();
		int i = 0;
		for (Node node : children(components)) {
			if ("component".equals(node.getLocalName())) {
				list.add(component(node, place + "/component[" + (++i) + "]"));
			}
		}
		return list;
	}

	private SbomComponent component(Node node, String place) {
		List<String> licences = new ArrayList<>();
		for (Node choice : children(child(node, "licenses"))) {
			if ("expression".equals(choice.getLocalName())) {
				licences.add(text(choice));
			} else {
				licences.add(text(child(choice, "id")) != null ? text(child(choice, "id")) : text(child(choice, "name")));
			}
		}
		Node supplier = child(node, "supplier");
		String supplierName = text(child(supplier, "name"));
		if (supplierName == null) {
			supplierName = text(child(node, "publisher")) != null ? text(child(node, "publisher")) : text(child(node, "author"));
		}
		Node contact = child(supplier, "contact");
		List<String> unmapped = new ArrayList<>();
		for (Node field : children(node)) {
			if (!COMPONENT_MAPPED.contains(field.getLocalName())) {
				unmapped.add("element '" + field.getLocalName() + "'");
			}
		}
		String ref = node.getAttributes().getNamedItem("bom-ref") == null ? null
				: node.getAttributes().getNamedItem("bom-ref").getNodeValue();
		String type = node.getAttributes().getNamedItem("type") == null ? null
				: node.getAttributes().getNamedItem("type").getNodeValue();
		return new SbomComponent(ref, type, text(child(node, "name")), text(child(node, "group")),
				text(child(node, "version")), text(child(node, "purl")), text(child(node, "cpe")),
				CycloneDxImporter.licence(licences), supplierName, text(child(supplier, "url")), text(child(contact, "email")),
				unmapped, list(child(node, "components"), place + "/components"), place);
	}

	private static Node child(Node parent, String localName) {
		if (parent == null) {
			return null;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node.getNodeType() == Node.ELEMENT_NODE && localName.equals(node.getLocalName())) {
				return node;
			}
		}
		return null;
	}

	private static List<Node> children(Node parent) {
		List<Node> list = new ArrayList<>();
		if (parent != null) {
			for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (node.getNodeType() == Node.ELEMENT_NODE) {
					list.add(node);
				}
			}
		}
		return list;
	}

	private static String text(Node node) {
		if (node == null) {
			return null;
		}
		String text = node.getTextContent();
		return text == null || text.isBlank() ? null : text.strip();
	}
}
