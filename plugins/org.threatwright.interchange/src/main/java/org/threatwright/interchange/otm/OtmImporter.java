package org.threatwright.interchange.otm;

import static org.threatwright.interchange.internal.Json.entries;
import static org.threatwright.interchange.internal.Json.flag;
import static org.threatwright.interchange.internal.Json.items;
import static org.threatwright.interchange.internal.Json.otherFields;
import static org.threatwright.interchange.internal.Json.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.ImportResult;
import org.threatwright.interchange.api.ModelImporter;
import org.threatwright.interchange.api.SourceThreat;
import org.threatwright.interchange.internal.ElementKind;
import org.threatwright.interchange.internal.ImportContext;
import org.threatwright.interchange.internal.StructuredInput;
import org.threatwright.model.Authentication;
import org.threatwright.model.Authorization;
import org.threatwright.model.BoundaryKind;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports an Open Threat Model (OTM 0.1/0.2, JSON or YAML): project → model, trust zones → (nested) trust
 * boundaries, components → elements (kind guessed from the type; Threatwright's own type names read back exactly),
 * component parents → boundary membership or "hosted on", dataflows → flows, assets → data assets, threats and
 * mitigations → source threats. Representations (diagram positions) and free attributes are reported.
 */
public final class OtmImporter implements ModelImporter {

	private static final Set<String> TOP = Set.of("otmVersion", "project", "representations", "assets", "trustZones",
			"components", "dataflows", "threats", "mitigations");
	private static final Set<String> PROJECT = Set.of("name", "id", "description", "tags");
	private static final Set<String> ZONE = Set.of("id", "name", "type", "description", "risk", "parent", "representations",
			"tags", "attributes");
	private static final Set<String> COMPONENT = Set.of("id", "name", "type", "description", "parent", "representations",
			"tags", "assets", "threats", "attributes");
	private static final Set<String> FLOW = Set.of("id", "name", "description", "source", "destination", "bidirectional",
			"tags", "assets", "threats", "attributes");
	/** Flow attributes Threatwright writes and reads back. */
	static final String PROTOCOL = "protocol";
	static final String ENCRYPTION = "encryption";
	static final String AUTHENTICATION = "authentication";
	static final String AUTHORIZATION = "authorization";

	@Override
	public ImportFormat format() {
		return ImportFormat.OTM;
	}

	@Override
	public ImportResult read(Path file) throws ImportException {
		JsonNode root = StructuredInput.read(file);
		StructuredInput.require(file, root, "an Open Threat Model (OTM) file", root.has("otmVersion"),
				"no 'otmVersion' at the top level");
		return new Run(file, root).run();
	}

	private static final class Run {
		private final JsonNode root;
		private final ImportContext context;
		private final Map<String, JsonNode> threatDefinitions = new HashMap<>();
		private final Map<String, JsonNode> mitigationDefinitions = new HashMap<>();
		private final Map<String, DataAsset> assets = new HashMap<>();

		Run(Path file, JsonNode root) {
			this.root = root;
			this.context = new ImportContext(file, ImportFormat.OTM);
		}

		ImportResult run() throws ImportException {
			project();
			for (String other : otherFields(root, TOP)) {
				context.unmapped("/" + other, "top-level field '" + other + "'", "not part of OTM as Threatwright reads it");
			}
			int representations = items(root, "representations").size();
			if (representations > 0) {
				context.unmapped("/representations", representations + " representation(s)",
						"diagram representations and positions are not imported");
			}
			for (JsonNode threat : items(root, "threats")) {
				threatDefinitions.put(text(threat, "id"), threat);
			}
			for (JsonNode mitigation : items(root, "mitigations")) {
				mitigationDefinitions.put(text(mitigation, "id"), mitigation);
			}
			assets();
			zones();
			components();
			dataflows();
			return context.result();
		}

		private void project() throws ImportException {
			JsonNode project = root.get("project");
			if (project == null || !project.isObject()) {
				throw ImportException.at(context.file(), "/project", "an OTM file needs a 'project' object");
			}
			context.adopt(context.model(), text(project, "id"), text(project, "name"));
			context.model().setDescription(text(project, "description"));
			items(project, "tags").forEach(tag -> context.model().getTags().add(tag.asText()));
			for (String other : otherFields(project, PROJECT)) {
				context.unmapped("/project/" + other, "project field '" + other + "'", "no place for it in the model");
			}
		}

		private void assets() {
			List<JsonNode> list = items(root, "assets");
			for (int i = 0; i < list.size(); i++) {
				JsonNode node = list.get(i);
				DataAsset asset = context.adopt(TwFactory.eINSTANCE.createDataAsset(), text(node, "id"), text(node, "name"));
				asset.setDescription(text(node, "description"));
				JsonNode risk = node.get("risk");
				asset.setConfidentiality(level(risk, "confidentiality"));
				asset.setIntegrity(level(risk, "integrity"));
				asset.setAvailability(level(risk, "availability"));
				context.model().getDataAssets().add(asset);
				assets.put(text(node, "id"), asset);
				for (String other : otherFields(node, Set.of("id", "name", "description", "risk"))) {
					context.unmapped("/assets/" + i + "/" + other, "asset field '" + other + "'", "no place for it in the model");
				}
			}
		}

		/** OTM rates 0-100; Threatwright has levels: 0 unrated, up to 25 low, 50 medium, 75 high, above critical. */
		static SecurityLevel level(JsonNode risk, String field) {
			if (risk == null || risk.get(field) == null || !risk.get(field).isNumber()) {
				return SecurityLevel.UNRATED;
			}
			double value = risk.get(field).asDouble();
			return value <= 0 ? SecurityLevel.UNRATED
					: value <= 25 ? SecurityLevel.LOW
							: value <= 50 ? SecurityLevel.MEDIUM : value <= 75 ? SecurityLevel.HIGH : SecurityLevel.CRITICAL;
		}

		private void zones() {
			List<JsonNode> list = items(root, "trustZones");
			for (int i = 0; i < list.size(); i++) {
				JsonNode node = list.get(i);
				TrustBoundary boundary = context.boundary(text(node, "id"), text(node, "name"));
				boundary.setDescription(text(node, "description"));
				String type = text(node, "type");
				if (type != null) {
					BoundaryKind kind = BoundaryKind.get(type);
					if (kind != null) {
						boundary.setKind(kind);
					} else {
						boundary.getTags().add("otm-type:" + type);
					}
				}
				JsonNode rating = node.path("risk").get("trustRating");
				if (rating != null && rating.isNumber()) {
					boundary.setTrustLevel(rating.asInt());
				}
				items(node, "tags").forEach(tag -> boundary.getTags().add(tag.asText()));
				reportLeftovers(node, ZONE, "/trustZones/" + i, "trust zone '" + boundary.getName() + "'");
			}
			for (int i = 0; i < list.size(); i++) {
				JsonNode node = list.get(i);
				String parent = text(node.path("parent"), "trustZone");
				if (parent == null) {
					continue;
				}
				TrustBoundary inner = context.boundaryOf(text(node, "id"));
				TrustBoundary outer = context.boundaryOf(parent);
				if (outer == null || !context.nest(inner, outer)) {
					context.unmapped("/trustZones/" + i + "/parent", "parent trust zone '" + parent + "'",
							outer == null ? "no trust zone with that id; kept at the top level" : "would nest the zone in itself");
				}
			}
		}

		private void components() {
			List<JsonNode> list = items(root, "components");
			for (int i = 0; i < list.size(); i++) {
				JsonNode node = list.get(i);
				String place = "/components/" + i;
				Element element = context.element(ElementKind.guess(text(node, "type")), text(node, "id"), text(node, "name"));
				element.setDescription(text(node, "description"));
				String type = text(node, "type");
				if (type != null && ElementKind.ofOtmType(type) == null) {
					element.getTags().add("otm-type:" + type);
				}
				items(node, "tags").forEach(tag -> element.getTags().add(tag.asText()));
				JsonNode componentAssets = node.get("assets");
				for (String role : List.of("processed", "stored")) {
					for (JsonNode ref : items(componentAssets, role)) {
						DataAsset asset = assets.get(ref.asText());
						if (asset == null) {
							context.unmapped(place + "/assets/" + role, "asset '" + ref.asText() + "'", "no asset with that id");
						} else if (!element.getDataAssets().contains(asset)) {
							element.getDataAssets().add(asset);
						}
					}
				}
				reportLeftovers(node, COMPONENT, place, "component '" + element.getName() + "'");
				threats(node, place, element.getId());
			}
			for (int i = 0; i < list.size(); i++) {
				parent(list.get(i), "/components/" + i);
			}
		}

		private void parent(JsonNode node, String place) {
			Element element = context.elementOf(text(node, "id"));
			JsonNode parent = node.get("parent");
			String zone = text(parent, "trustZone");
			String host = text(parent, "component");
			if (zone != null) {
				TrustBoundary boundary = context.boundaryOf(zone);
				if (boundary == null) {
					context.unmapped(place + "/parent", "parent trust zone '" + zone + "'", "no trust zone with that id");
				} else {
					boundary.getMembers().add(element);
				}
			} else if (host != null) {
				Element hostElement = context.elementOf(host);
				if (hostElement == null || hostElement == element) {
					context.unmapped(place + "/parent", "parent component '" + host + "'", "no other component with that id");
				} else {
					element.setHostedOn(hostElement);
				}
			}
		}

		private void dataflows() {
			List<JsonNode> list = items(root, "dataflows");
			for (int i = 0; i < list.size(); i++) {
				JsonNode node = list.get(i);
				String place = "/dataflows/" + i;
				Element from = context.elementOf(text(node, "source"));
				Element to = context.elementOf(text(node, "destination"));
				if (from == null || to == null) {
					String end = from == null ? text(node, "source") : text(node, "destination");
					context.unmapped(place, "dataflow '" + text(node, "name") + "'", "its end '" + end
							+ "' is not a component (a flow to a trust zone or a missing id); flows join elements");
					continue;
				}
				DataFlow flow = context.flow(text(node, "id"), text(node, "name"), from, to);
				flow.setDescription(text(node, "description"));
				flow.setDirection(flag(node, "bidirectional") ? FlowDirection.BIDIRECTIONAL : FlowDirection.ONE_WAY);
				items(node, "tags").forEach(tag -> flow.getTags().add(tag.asText()));
				for (JsonNode ref : items(node, "assets")) {
					DataAsset asset = assets.get(ref.asText());
					if (asset == null) {
						context.unmapped(place + "/assets", "asset '" + ref.asText() + "'", "no asset with that id");
					} else {
						flow.getDataAssets().add(asset);
					}
				}
				flowAttributes(node, place, flow);
				reportLeftovers(node, FLOW, place, "dataflow '" + flow.getName() + "'");
				threats(node, place, flow.getId());
			}
		}

		private void flowAttributes(JsonNode node, String place, DataFlow flow) {
			JsonNode attributes = node.get("attributes");
			String protocol = text(attributes, PROTOCOL);
			if (protocol != null) {
				context.protocol(flow, protocol, place + "/attributes/" + PROTOCOL);
			}
			String encryption = text(attributes, ENCRYPTION);
			if (encryption != null && Encryption.get(encryption) != null) {
				flow.setEncryption(Encryption.get(encryption));
			}
			String authentication = text(attributes, AUTHENTICATION);
			if (authentication != null && Authentication.get(authentication) != null) {
				flow.setAuthentication(Authentication.get(authentication));
			}
			String authorization = text(attributes, AUTHORIZATION);
			if (authorization != null && Authorization.get(authorization) != null) {
				flow.setAuthorization(Authorization.get(authorization));
			}
		}

		/** Attributes other than the flow attributes Threatwright reads, and unknown fields, go to the report. */
		private void reportLeftovers(JsonNode node, Set<String> known, String place, String what) {
			List<String> attributes = new ArrayList<>();
			entries(node, "attributes").forEach(entry -> {
				String key = entry.getKey();
				if (!(known == FLOW && Set.of(PROTOCOL, ENCRYPTION, AUTHENTICATION, AUTHORIZATION).contains(key))) {
					attributes.add(key);
				}
			});
			if (!attributes.isEmpty()) {
				context.unmapped(place + "/attributes", what + ": attributes " + attributes,
						"free attributes have no place in the model");
			}
			for (String other : otherFields(node, known)) {
				context.unmapped(place + "/" + other, what + ": field '" + other + "'", "not part of OTM as Threatwright reads it");
			}
		}

		private void threats(JsonNode node, String place, String subjectId) {
			List<JsonNode> instances = items(node, "threats");
			for (int t = 0; t < instances.size(); t++) {
				JsonNode instance = instances.get(t);
				String threatId = text(instance, "threat");
				JsonNode definition = threatDefinitions.get(threatId);
				String title = definition == null ? threatId : text(definition, "name");
				String category = definition == null ? null : items(definition, "categories").stream().map(JsonNode::asText)
						.filter(c -> SourceThreat.strideOf(c) != null).findFirst().orElse(null);
				List<String> implemented = new ArrayList<>();
				for (JsonNode mitigation : items(instance, "mitigations")) {
					if ("implemented".equalsIgnoreCase(text(mitigation, "state"))) {
						JsonNode def = mitigationDefinitions.get(text(mitigation, "mitigation"));
						implemented.add(def == null ? text(mitigation, "mitigation") : text(def, "name"));
					}
				}
				context.threat(threatId, title, subjectId, SourceThreat.strideOf(category),
						status(text(instance, "state"), !implemented.isEmpty()),
						implemented.isEmpty() ? null : String.join("; ", implemented), place + "/threats/" + t);
			}
		}

		/** OTM instance states: MITIGATED (or an IMPLEMENTED mitigation) and NOT_APPLICABLE count; the rest is open. */
		static SourceThreat.Status status(String state, boolean implementedMitigation) {
			String key = state == null ? "" : state.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			if (key.equals("notapplicable") || key.equals("na")) {
				return SourceThreat.Status.NOT_APPLICABLE;
			}
			if (key.equals("mitigated") || implementedMitigation) {
				return SourceThreat.Status.MITIGATED;
			}
			return SourceThreat.Status.OPEN;
		}
	}
}
