package org.threatwright.interchange.threagile;

import static org.threatwright.interchange.internal.Json.entries;
import static org.threatwright.interchange.internal.Json.flag;
import static org.threatwright.interchange.internal.Json.items;
import static org.threatwright.interchange.internal.Json.seg;
import static org.threatwright.interchange.internal.Json.text;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.ImportResult;
import org.threatwright.interchange.api.ModelImporter;
import org.threatwright.interchange.internal.ElementKind;
import org.threatwright.interchange.internal.ImportContext;
import org.threatwright.interchange.internal.Json;
import org.threatwright.interchange.internal.StructuredInput;
import org.threatwright.model.Authentication;
import org.threatwright.model.Authorization;
import org.threatwright.model.BoundaryKind;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.ExternalEntity;
import org.threatwright.model.ExternalEntityKind;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.Protocol;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;
import org.threatwright.model.query.Protocols;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports a Threagile model (YAML): data assets with their CIA ratings, technical assets → elements (type and
 * technology give the kind), communication links → flows (protocol, authentication, authorization, data sent),
 * trust boundaries → nested boundaries with their members. Risk tracking entries name Threagile's own risk rules,
 * which Threatwright does not derive, so they are reported, as are shared runtimes, abuse cases and the like.
 */
public final class ThreagileImporter implements ModelImporter {

	private static final Set<String> TOP_MAPPED = Set.of("title", "data_assets", "technical_assets", "trust_boundaries",
			"business_overview", "threagile_version");
	private static final Set<String> ASSET_MAPPED = Set.of("id", "description", "type", "technology", "tags",
			"out_of_scope", "justification_out_of_scope", "used_as_client_by_human", "encryption", "data_assets_processed",
			"data_assets_stored", "communication_links");
	private static final Set<String> LINK_MAPPED = Set.of("target", "description", "protocol", "authentication",
			"authorization", "tags", "data_assets_sent", "data_assets_received");

	@Override
	public ImportFormat format() {
		return ImportFormat.THREAGILE;
	}

	@Override
	public ImportResult read(Path file) throws ImportException {
		JsonNode root = StructuredInput.read(file);
		StructuredInput.require(file, root, "a Threagile file", root.has("technical_assets"),
				"no 'technical_assets' at the top level");
		ImportContext context = new ImportContext(file, ImportFormat.THREAGILE);
		context.adopt(context.model(), text(root, "title"), text(root, "title"));
		context.model().setDescription(text(root.path("business_overview"), "description"));
		for (String other : Json.otherFields(root, TOP_MAPPED)) {
			JsonNode value = root.get(other);
			if (value != null && !value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
				context.unmapped(seg(other), "'" + other + "'", other.equals("risk_tracking")
						? "tracks Threagile's own risk rules (" + value.size() + " entries), which Threatwright does not derive"
						: "no place for it in the model");
			}
		}
		Map<String, DataAsset> assets = new HashMap<>();
		for (Map.Entry<String, JsonNode> entry : entries(root, "data_assets")) {
			JsonNode node = entry.getValue();
			DataAsset asset = context.adopt(TwFactory.eINSTANCE.createDataAsset(), text(node, "id"), entry.getKey());
			asset.setDescription(text(node, "description"));
			asset.setConfidentiality(confidentiality(text(node, "confidentiality")));
			asset.setIntegrity(criticality(text(node, "integrity")));
			asset.setAvailability(criticality(text(node, "availability")));
			items(node, "tags").forEach(tag -> asset.getTags().add(tag.asText()));
			context.model().getDataAssets().add(asset);
			assets.put(text(node, "id"), asset);
		}
		List<Map.Entry<String, JsonNode>> technical = entries(root, "technical_assets");
		for (Map.Entry<String, JsonNode> entry : technical) {
			technicalAsset(context, entry.getKey(), entry.getValue(), assets);
		}
		for (Map.Entry<String, JsonNode> entry : technical) {
			links(context, entry.getKey(), entry.getValue(), assets);
		}
		boundaries(context, root);
		return context.result();
	}

	private static void technicalAsset(ImportContext context, String name, JsonNode node, Map<String, DataAsset> assets) {
		String place = "/technical_assets" + seg(name);
		String type = String.valueOf(text(node, "type"));
		String technology = text(node, "technology");
		ElementKind kind = switch (type) {
		case "external-entity" -> ElementKind.EXTERNAL_ENTITY;
		case "datastore" -> ElementKind.DATA_STORE;
		default -> processKind(technology);
		};
		Element element = context.element(kind, text(node, "id"), name);
		element.setDescription(text(node, "description"));
		if (technology != null) {
			element.getTags().add("technology:" + technology);
		}
		items(node, "tags").forEach(tag -> element.getTags().add(tag.asText()));
		if (element instanceof ExternalEntity entity) {
			entity.setKind(flag(node, "used_as_client_by_human") ? ExternalEntityKind.HUMAN : ExternalEntityKind.SYSTEM);
		}
		if (element instanceof DataStore store) {
			String encryption = text(node, "encryption");
			store.setEncryptedAtRest(encryption != null && !encryption.equals("none"));
			store.setTechnology(technology);
		}
		if (flag(node, "out_of_scope")) {
			element.getTags().add("out-of-scope");
			context.unmapped(place + "/out_of_scope", "out-of-scope flag of '" + name + "'",
					"Threatwright analyses every element; kept as the tag 'out-of-scope'");
		}
		for (String role : List.of("data_assets_processed", "data_assets_stored")) {
			for (JsonNode ref : items(node, role)) {
				DataAsset asset = assets.get(ref.asText());
				if (asset == null) {
					context.unmapped(place + "/" + role, "data asset '" + ref.asText() + "'", "no data asset with that id");
				} else if (!element.getDataAssets().contains(asset)) {
					element.getDataAssets().add(asset);
				}
			}
		}
		List<String> other = Json.otherFields(node, ASSET_MAPPED);
		if (!other.isEmpty()) {
			context.unmapped(place, "'" + name + "': " + other, "Threagile asset properties without a place in the model");
		}
	}

	/** A process's technology says whether it is an app, a web app, a device or a gateway. */
	static ElementKind processKind(String technology) {
		return switch (String.valueOf(technology)) {
		case "mobile-app" -> ElementKind.MOBILE_APP;
		case "browser", "web-application", "web-server", "cms" -> ElementKind.WEB_APP;
		case "iot-device" -> ElementKind.DEVICE;
		case "gateway" -> ElementKind.GATEWAY;
		default -> ElementKind.PROCESS;
		};
	}

	private static void links(ImportContext context, String name, JsonNode node, Map<String, DataAsset> assets) {
		Element from = context.elementOf(text(node, "id"));
		for (Map.Entry<String, JsonNode> entry : entries(node, "communication_links")) {
			JsonNode link = entry.getValue();
			String place = "/technical_assets" + seg(name) + "/communication_links" + seg(entry.getKey());
			Element to = context.elementOf(text(link, "target"));
			if (to == null) {
				context.unmapped(place, "communication link '" + entry.getKey() + "'", "its target '"
						+ text(link, "target") + "' is not a technical asset");
				continue;
			}
			DataFlow flow = context.flow(text(node, "id") + ">" + entry.getKey(), entry.getKey(), from, to);
			flow.setDescription(text(link, "description"));
			boolean receives = !items(link, "data_assets_received").isEmpty();
			flow.setDirection(receives ? FlowDirection.BIDIRECTIONAL : FlowDirection.ONE_WAY);
			String protocol = text(link, "protocol");
			if (protocol != null) {
				context.protocol(flow, protocol, place + "/protocol");
				if (protocol.endsWith("-encrypted") || (flow.getProtocol() != Protocol.OTHER && Protocols.encryptsTransport(flow.getProtocol()))) {
					flow.setEncryption(Encryption.TRANSPORT);
				} else if (flow.getProtocol() != Protocol.OTHER && Protocols.isCleartext(flow.getProtocol())) {
					flow.setEncryption(Encryption.NONE);
				}
			}
			flow.setAuthentication(switch (String.valueOf(text(link, "authentication"))) {
			case "none" -> Authentication.NONE;
			case "credentials" -> Authentication.PASSWORD;
			case "session-id", "token" -> Authentication.TOKEN;
			case "client-certificate" -> Authentication.CLIENT_CERTIFICATE;
			case "null" -> Authentication.UNKNOWN;
			default -> Authentication.OTHER;
			});
			flow.setAuthorization(switch (String.valueOf(text(link, "authorization"))) {
			case "none" -> Authorization.NONE;
			case "null" -> Authorization.UNKNOWN;
			default -> Authorization.OTHER;
			});
			items(link, "tags").forEach(tag -> flow.getTags().add(tag.asText()));
			for (String role : List.of("data_assets_sent", "data_assets_received")) {
				for (JsonNode ref : items(link, role)) {
					DataAsset asset = assets.get(ref.asText());
					if (asset == null) {
						context.unmapped(place + "/" + role, "data asset '" + ref.asText() + "'", "no data asset with that id");
					} else if (!flow.getDataAssets().contains(asset)) {
						flow.getDataAssets().add(asset);
					}
				}
			}
			List<String> other = Json.otherFields(link, LINK_MAPPED);
			if (!other.isEmpty()) {
				context.unmapped(place, "link '" + entry.getKey() + "': " + other, "Threagile link properties without a place in the model");
			}
		}
	}

	private static void boundaries(ImportContext context, JsonNode root) {
		List<Map.Entry<String, JsonNode>> list = entries(root, "trust_boundaries");
		for (Map.Entry<String, JsonNode> entry : list) {
			JsonNode node = entry.getValue();
			TrustBoundary boundary = context.boundary(text(node, "id"), entry.getKey());
			boundary.setDescription(text(node, "description"));
			String type = String.valueOf(text(node, "type"));
			boundary.setKind(switch (type) {
			case "network-cloud-provider" -> BoundaryKind.CLOUD_TENANT;
			case "network-policy-namespace-isolation" -> BoundaryKind.PROCESS_ISOLATION;
			case "execution-environment" -> BoundaryKind.EXECUTION_ENVIRONMENT;
			default -> type.startsWith("network-") ? BoundaryKind.NETWORK_ZONE : BoundaryKind.UNSPECIFIED;
			});
			items(node, "tags").forEach(tag -> boundary.getTags().add(tag.asText()));
			String place = "/trust_boundaries" + seg(entry.getKey());
			for (JsonNode ref : items(node, "technical_assets_inside")) {
				Element member = context.elementOf(ref.asText());
				if (member == null) {
					context.unmapped(place + "/technical_assets_inside", "asset '" + ref.asText() + "'", "no technical asset with that id");
				} else {
					boundary.getMembers().add(member);
				}
			}
		}
		for (Map.Entry<String, JsonNode> entry : list) {
			TrustBoundary outer = context.boundaryOf(text(entry.getValue(), "id"));
			for (JsonNode ref : items(entry.getValue(), "trust_boundaries_nested")) {
				TrustBoundary inner = context.boundaryOf(ref.asText());
				if (inner == null || !context.nest(inner, outer)) {
					context.unmapped("/trust_boundaries" + seg(entry.getKey()) + "/trust_boundaries_nested",
							"nested boundary '" + ref.asText() + "'", inner == null ? "no trust boundary with that id" : "would nest a boundary in itself");
				}
			}
		}
	}

	static SecurityLevel confidentiality(String value) {
		return switch (String.valueOf(value)) {
		case "public", "internal" -> SecurityLevel.LOW;
		case "restricted" -> SecurityLevel.MEDIUM;
		case "confidential" -> SecurityLevel.HIGH;
		case "strictly-confidential" -> SecurityLevel.CRITICAL;
		default -> SecurityLevel.UNRATED;
		};
	}

	static SecurityLevel criticality(String value) {
		return switch (String.valueOf(value)) {
		case "archive", "operational" -> SecurityLevel.LOW;
		case "important" -> SecurityLevel.MEDIUM;
		case "critical" -> SecurityLevel.HIGH;
		case "mission-critical" -> SecurityLevel.CRITICAL;
		default -> SecurityLevel.UNRATED;
		};
	}
}
