package org.threatwright.interchange.otm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.threatwright.interchange.api.ModelExporter;
import org.threatwright.interchange.internal.ElementKind;
import org.threatwright.interchange.internal.JsonInput;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Protocol;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.BoundaryKind;
import org.threatwright.model.Encryption;
import org.threatwright.model.Authentication;
import org.threatwright.model.Authorization;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a model as Open Threat Model 0.2.0 JSON: boundaries → trust zones (nested through {@code parent}), elements →
 * components (type: the OTM type the element was imported with, else Threatwright's kind name; parent: the innermost
 * boundary holding it, else its host), flows → dataflows (protocol, encryption, authentication and authorization as
 * attributes), data assets → assets. Ids are the model's ids, so an export imports back to the same ids.
 */
public final class OtmExporter implements ModelExporter {

	static final String OTM_VERSION = "0.2.0";
	private static final String OTM_TYPE_TAG = "otm-type:";

	@Override
	public String name() {
		return "otm";
	}

	@Override
	public byte[] write(SystemModel model) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode root = json.objectNode();
		root.put("otmVersion", OTM_VERSION);
		ObjectNode project = root.putObject("project");
		project.put("name", model.getName() == null ? "Threatwright model" : model.getName());
		project.put("id", model.getId());
		putIfSet(project, "description", model.getDescription());
		tags(project, model);
		if (!model.getDataAssets().isEmpty()) {
			ArrayNode assets = root.putArray("assets");
			for (DataAsset asset : model.getDataAssets()) {
				ObjectNode node = assets.addObject();
				node.put("id", asset.getId());
				node.put("name", nameOf(asset));
				putIfSet(node, "description", asset.getDescription());
				ObjectNode risk = node.putObject("risk");
				risk.put("confidentiality", rating(asset.getConfidentiality()));
				risk.put("integrity", rating(asset.getIntegrity()));
				risk.put("availability", rating(asset.getAvailability()));
			}
		}
		ArrayNode zones = root.putArray("trustZones");
		for (TrustBoundary boundary : model.getBoundaries()) {
			zone(zones, boundary, null);
		}
		ArrayNode components = root.putArray("components");
		for (Element element : model.getElements()) {
			component(components.addObject(), element);
		}
		ArrayNode dataflows = root.putArray("dataflows");
		for (DataFlow flow : model.getFlows()) {
			dataflow(dataflows.addObject(), flow);
		}
		try {
			return JsonInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void zone(ArrayNode zones, TrustBoundary boundary, TrustBoundary parent) {
		ObjectNode node = zones.addObject();
		node.put("id", boundary.getId());
		node.put("name", nameOf(boundary));
		if (boundary.getKind() != BoundaryKind.UNSPECIFIED) {
			node.put("type", boundary.getKind().getLiteral());
		}
		putIfSet(node, "description", boundary.getDescription());
		node.putObject("risk").put("trustRating", boundary.getTrustLevel());
		if (parent != null) {
			node.putObject("parent").put("trustZone", parent.getId());
		}
		tags(node, boundary);
		for (TrustBoundary inner : boundary.getBoundaries()) {
			zone(zones, inner, boundary);
		}
	}

	private static void component(ObjectNode node, Element element) {
		node.put("id", element.getId());
		node.put("name", nameOf(element));
		String type = element.getTags().stream().filter(tag -> tag.startsWith(OTM_TYPE_TAG)).findFirst()
				.map(tag -> tag.substring(OTM_TYPE_TAG.length())).orElse(ElementKind.of(element).otmType());
		node.put("type", type);
		putIfSet(node, "description", element.getDescription());
		TrustBoundary zone = innermostOf(element);
		if (zone != null) {
			node.putObject("parent").put("trustZone", zone.getId());
		} else if (element.getHostedOn() != null) {
			node.putObject("parent").put("component", element.getHostedOn().getId());
		}
		tags(node, element);
		if (!element.getDataAssets().isEmpty()) {
			ArrayNode processed = node.putObject("assets").putArray("processed");
			element.getDataAssets().forEach(asset -> processed.add(asset.getId()));
		}
	}

	private static void dataflow(ObjectNode node, DataFlow flow) {
		node.put("id", flow.getId());
		node.put("name", nameOf(flow));
		putIfSet(node, "description", flow.getDescription());
		node.put("source", flow.getSource().getId());
		node.put("destination", flow.getTarget().getId());
		node.put("bidirectional", flow.getDirection() == FlowDirection.BIDIRECTIONAL);
		tags(node, flow);
		if (!flow.getDataAssets().isEmpty()) {
			ArrayNode assets = node.putArray("assets");
			flow.getDataAssets().forEach(asset -> assets.add(asset.getId()));
		}
		ObjectNode attributes = JsonNodeFactory.instance.objectNode();
		if (flow.getProtocol() != Protocol.UNKNOWN) {
			String original = flow.getTags().stream().filter(tag -> tag.startsWith("protocol:")).findFirst()
					.map(tag -> tag.substring("protocol:".length())).orElse(null);
			attributes.put(OtmImporter.PROTOCOL, flow.getProtocol() == Protocol.OTHER && original != null ? original
					: flow.getProtocol().getLiteral());
		}
		if (flow.getEncryption() != Encryption.UNKNOWN) {
			attributes.put(OtmImporter.ENCRYPTION, flow.getEncryption().getLiteral());
		}
		if (flow.getAuthentication() != Authentication.UNKNOWN) {
			attributes.put(OtmImporter.AUTHENTICATION, flow.getAuthentication().getLiteral());
		}
		if (flow.getAuthorization() != Authorization.UNKNOWN) {
			attributes.put(OtmImporter.AUTHORIZATION, flow.getAuthorization().getLiteral());
		}
		if (!attributes.isEmpty()) {
			node.set("attributes", attributes);
		}
	}

	/** The innermost boundary listing {@code element} (a model lists members in the innermost boundary only), or null. */
	public static TrustBoundary innermostOf(Element element) {
		TrustBoundary best = null;
		int bestDepth = -1;
		SystemModel model = (SystemModel) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element);
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof TrustBoundary boundary && boundary.getMembers().contains(element)) {
				int depth = 0;
				for (var up = boundary.eContainer(); up instanceof TrustBoundary; up = up.eContainer()) {
					depth++;
				}
				if (depth > bestDepth) {
					best = boundary;
					bestDepth = depth;
				}
			}
		}
		return best;
	}

	private static int rating(SecurityLevel level) {
		return switch (level) {
		case LOW -> 25;
		case MEDIUM -> 50;
		case HIGH -> 75;
		case CRITICAL -> 100;
		default -> 0;
		};
	}

	private static void tags(ObjectNode node, ModelElement element) {
		List<String> tags = element.getTags().stream()
				.filter(tag -> !tag.startsWith(OTM_TYPE_TAG) && !tag.startsWith("protocol:")).toList();
		if (!tags.isEmpty()) {
			ArrayNode array = node.putArray("tags");
			tags.forEach(array::add);
		}
	}

	private static String nameOf(ModelElement element) {
		return element.getName() == null ? element.getId() : element.getName();
	}

	private static void putIfSet(ObjectNode node, String field, String value) {
		if (value != null && !value.isBlank()) {
			node.put(field, value);
		}
	}
}
