package org.threatwright.interchange.threatdragon;

import static org.threatwright.interchange.internal.Json.flag;
import static org.threatwright.interchange.internal.Json.items;
import static org.threatwright.interchange.internal.Json.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.ImportResult;
import org.threatwright.interchange.api.ModelImporter;
import org.threatwright.interchange.api.SourceThreat;
import org.threatwright.interchange.internal.ElementKind;
import org.threatwright.interchange.internal.Geometry;
import org.threatwright.interchange.internal.Geometry.Box;
import org.threatwright.interchange.internal.ImportContext;
import org.threatwright.interchange.internal.StructuredInput;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.ExternalEntity;
import org.threatwright.model.ExternalEntityKind;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.TrustBoundary;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports OWASP Threat Dragon models, v1 ({@code diagramJson.cells} with {@code type: tm.*}) and v2 ({@code cells} with
 * {@code shape} and {@code data}); all diagrams go into one model. Actors → external entities, processes → processes
 * (web apps when marked so), stores → data stores, flows → flows (protocol, encryption, direction). Boundary boxes
 * give membership by geometry; boundary lines (curves) cannot say who is inside, so they become boundaries without
 * members and are reported. Per-element threats → source threats.
 */
public final class ThreatDragonImporter implements ModelImporter {

	@Override
	public ImportFormat format() {
		return ImportFormat.THREAT_DRAGON;
	}

	@Override
	public ImportResult read(Path file) throws ImportException {
		JsonNode root = StructuredInput.read(file);
		StructuredInput.require(file, root, "a Threat Dragon file",
				root.path("detail").path("diagrams").isArray() && root.has("summary"),
				"no 'summary' and 'detail.diagrams' at the top level");
		ImportContext context = new ImportContext(file, ImportFormat.THREAT_DRAGON);
		JsonNode summary = root.get("summary");
		context.model().setName(text(summary, "title"));
		context.model().setDescription(text(summary, "description"));
		context.model().setId(java.util.UUID.nameUUIDFromBytes(("threat-dragon:" + file.getFileName() + ":"
				+ text(summary, "title")).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
		if (text(summary, "owner") != null) {
			context.unmapped("/summary/owner", "owner '" + text(summary, "owner") + "'",
					"a free-text owner; name people in the model's roles instead");
		}
		List<JsonNode> diagrams = items(root.get("detail"), "diagrams");
		for (int d = 0; d < diagrams.size(); d++) {
			JsonNode diagram = diagrams.get(d);
			boolean v1 = diagram.has("diagramJson");
			String base = "/detail/diagrams/" + d + (v1 ? "/diagramJson" : "") + "/cells";
			List<JsonNode> cells = items(v1 ? diagram.get("diagramJson") : diagram, "cells");
			new Diagram(context, cells, base, v1).read();
		}
		return context.result();
	}

	/** How far (px) a flow end saved as a point may be from an element's box to be attached to it. */
	static final double SNAP_DISTANCE = 30;

	/** One diagram: nodes first, then flows (they refer to nodes), then boundary membership by geometry. */
	private static final class Diagram {
		private final ImportContext context;
		private final List<JsonNode> cells;
		private final String base;
		private final boolean v1;
		private final List<Box> boxes = new ArrayList<>();
		private final List<TrustBoundary> boxBoundaries = new ArrayList<>();
		private final List<Box> nodeBoxes = new ArrayList<>();
		private final List<Element> nodes = new ArrayList<>();

		Diagram(ImportContext context, List<JsonNode> cells, String base, boolean v1) {
			this.context = context;
			this.cells = cells;
			this.base = base;
			this.v1 = v1;
		}

		/** v1 keeps the properties on the cell, v2 under {@code data}. */
		private JsonNode data(JsonNode cell) {
			return v1 ? cell : cell.path("data");
		}

		private String type(JsonNode cell) {
			String type = v1 ? text(cell, "type") : text(cell.path("data"), "type");
			if (type == null && !v1) {
				type = switch (String.valueOf(text(cell, "shape"))) {
				case "actor" -> "tm.Actor";
				case "process" -> "tm.Process";
				case "store" -> "tm.Store";
				case "flow" -> "tm.Flow";
				case "trust-boundary-box", "trust-boundary-curve" -> "tm.Boundary";
				case "td-text-block" -> "tm.Text";
				default -> null;
				};
			}
			return type;
		}

		void read() {
			for (int i = 0; i < cells.size(); i++) {
				JsonNode cell = cells.get(i);
				String type = type(cell);
				String place = base + "/" + i;
				switch (String.valueOf(type)) {
				case "tm.Actor", "tm.Process", "tm.Store" -> node(cell, type, place);
				case "tm.Boundary", "tm.BoundaryBox" -> boundary(cell, place);
				case "tm.Flow" -> { }
				case "tm.Text" -> context.unmapped(place, "text block '" + oneLine(text(data(cell), "name")) + "'",
						"diagram annotations are not model elements");
				default -> context.unmapped(place, "cell of type '" + type + "'", "not a Threat Dragon element type Threatwright knows");
				}
			}
			for (int i = 0; i < cells.size(); i++) {
				if ("tm.Flow".equals(type(cells.get(i)))) {
					flow(cells.get(i), base + "/" + i);
				}
			}
			membership();
		}

		private void node(JsonNode cell, String type, String place) {
			JsonNode data = data(cell);
			ElementKind kind = switch (type) {
			case "tm.Actor" -> ElementKind.EXTERNAL_ENTITY;
			case "tm.Store" -> ElementKind.DATA_STORE;
			default -> flag(data, "isWebApplication") ? ElementKind.WEB_APP : ElementKind.PROCESS;
			};
			ElementKind exported = ElementKind.ofOtmType(text(data.path(ThreatDragonExporter.EXTRA), "kind"));
			Element element = context.element(exported != null ? exported : kind, text(cell, "id"), oneLine(text(data, "name")));
			element.setDescription(text(data, "description"));
			if (element instanceof DataStore store) {
				store.setHoldsLogs(flag(data, "isALog"));
				store.setEncryptedAtRest(flag(data, "isEncrypted"));
			}
			if (element instanceof ExternalEntity actor) {
				actor.setKind(ExternalEntityKind.UNSPECIFIED);
			}
			if (flag(data, "outOfScope")) {
				element.getTags().add("out-of-scope");
				context.unmapped(place, "out-of-scope flag of '" + element.getName() + "'"
						+ (text(data, "reasonOutOfScope") != null ? " (" + text(data, "reasonOutOfScope") + ")" : ""),
						"Threatwright analyses every element; kept as the tag 'out-of-scope'");
			}
			for (String flagName : List.of("handlesCardPayment", "handlesGoodsOrServices", "storesCredentials",
					"storesInventory", "isSigned", "providesAuthentication")) {
				if (flag(data, flagName)) {
					context.unmapped(place + "/" + flagName, flagName + " of '" + element.getName() + "'",
							"no such property in the model");
				}
			}
			if (text(data, "privilegeLevel") != null) {
				context.unmapped(place + "/privilegeLevel", "privilege level '" + text(data, "privilegeLevel") + "'",
						"no such property in the model");
			}
			Box box = box(cell);
			if (box != null) {
				nodes.add(element);
				nodeBoxes.add(box);
			}
			threats(data, place, element.getId());
		}

		private void boundary(JsonNode cell, String place) {
			JsonNode data = data(cell);
			TrustBoundary boundary = context.boundary(text(cell, "id"), oneLine(text(data, "name")));
			boundary.setDescription(text(data, "description"));
			boolean isBox = "trust-boundary-box".equals(text(cell, "shape")) || "tm.BoundaryBox".equals(text(data, "type"));
			if (isBox && box(cell) != null) {
				boxes.add(box(cell));
				boxBoundaries.add(boundary);
			} else {
				context.unmapped(place, "boundary line '" + (boundary.getName() == null ? text(cell, "id") : boundary.getName()) + "'",
						"a line cannot say which elements are inside; imported as a boundary without members");
			}
		}

		private void flow(JsonNode cell, String place) {
			JsonNode data = data(cell);
			String sourceId = v1 ? text(cell.path("source"), "id") : text(cell.path("source"), "cell");
			String targetId = v1 ? text(cell.path("target"), "id") : text(cell.path("target"), "cell");
			String name = oneLine(text(data, "name"));
			Element from = sourceId != null ? context.elementOf(sourceId) : snapped(cell.path("source"), place, name);
			Element to = targetId != null ? context.elementOf(targetId) : snapped(cell.path("target"), place, name);
			if (from == null || to == null) {
				context.unmapped(place, "flow '" + (name == null ? text(cell, "id") : name) + "'",
						"it is not connected to an element at both ends in the diagram");
				return;
			}
			DataFlow flow = context.flow(text(cell, "id"), name, from, to);
			flow.setDescription(text(data, "description"));
			flow.setDirection(flag(data, "isBidirectional") ? FlowDirection.BIDIRECTIONAL : FlowDirection.ONE_WAY);
			String protocol = text(data, "protocol");
			if (protocol != null) {
				context.protocol(flow, protocol, place + (v1 ? "" : "/data") + "/protocol");
			}
			// Threat Dragon's 'isEncrypted' is a checkbox: ticked means encrypted, unticked means nobody said
			Encryption exported = Encryption.get(String.valueOf(text(data.path(ThreatDragonExporter.EXTRA), "encryption")));
			if (exported != null) {
				flow.setEncryption(exported);
			} else if (flag(data, "isEncrypted")) {
				flow.setEncryption(Encryption.TRANSPORT);
			}
			if (flag(data, "isPublicNetwork")) {
				flow.getTags().add("public-network");
			}
			if (flag(data, "outOfScope")) {
				flow.getTags().add("out-of-scope");
				context.unmapped(place, "out-of-scope flag of flow '" + flow.getName() + "'",
						"Threatwright analyses every flow; kept as the tag 'out-of-scope'");
			}
			threats(data, place, flow.getId());
		}

		/**
		 * The element next to a flow end that Threat Dragon saved as a point (the end was dropped just beside the
		 * shape): the nearest element whose box is at most {@value #SNAP_DISTANCE} px away, or null.
		 */
		private Element snapped(JsonNode end, String place, String flowName) {
			if (!end.path("x").isNumber() || !end.path("y").isNumber()) {
				return null;
			}
			double x = end.path("x").asDouble();
			double y = end.path("y").asDouble();
			int best = -1;
			double bestDistance = SNAP_DISTANCE;
			for (int n = 0; n < nodeBoxes.size(); n++) {
				Box box = nodeBoxes.get(n);
				double dx = Math.max(Math.max(box.x() - x, 0), x - (box.x() + box.width()));
				double dy = Math.max(Math.max(box.y() - y, 0), y - (box.y() + box.height()));
				double distance = Math.hypot(dx, dy);
				if (distance <= bestDistance) {
					best = n;
					bestDistance = distance;
				}
			}
			if (best < 0) {
				return null;
			}
			context.unmapped(place, "end of flow '" + flowName + "' at (" + (int) x + ", " + (int) y + ")",
					"a point, not an element; attached to the nearest element '" + nodes.get(best).getName() + "', "
							+ Math.round(bestDistance) + " px away");
			return nodes.get(best);
		}

		private void membership() {
			for (int b = 0; b < boxes.size(); b++) {
				int outer = Geometry.innermostEnclosing(boxes, boxes.get(b));
				if (outer >= 0) {
					context.nest(boxBoundaries.get(b), boxBoundaries.get(outer));
				}
			}
			for (int n = 0; n < nodes.size(); n++) {
				int holder = Geometry.innermostHolding(boxes, nodeBoxes.get(n));
				if (holder >= 0) {
					boxBoundaries.get(holder).getMembers().add(nodes.get(n));
				}
			}
		}

		private static Box box(JsonNode cell) {
			JsonNode position = cell.get("position");
			JsonNode size = cell.get("size");
			if (position == null || size == null || !position.path("x").isNumber() || !size.path("width").isNumber()) {
				return null;
			}
			return new Box(position.path("x").asDouble(), position.path("y").asDouble(), size.path("width").asDouble(),
					size.path("height").asDouble());
		}

		private void threats(JsonNode data, String place, String subjectId) {
			List<JsonNode> threats = items(data, "threats");
			for (int t = 0; t < threats.size(); t++) {
				JsonNode threat = threats.get(t);
				String status = text(threat, "status") == null ? "" : text(threat, "status").toLowerCase(Locale.ROOT);
				SourceThreat.Status mapped = status.equals("mitigated") ? SourceThreat.Status.MITIGATED
						: status.replaceAll("[^a-z]", "").equals("notapplicable") ? SourceThreat.Status.NOT_APPLICABLE
								: SourceThreat.Status.OPEN;
				context.threat(text(threat, "id") != null ? text(threat, "id") : place + "/threats/" + t,
						text(threat, "title"), subjectId, SourceThreat.strideOf(text(threat, "type")), mapped,
						text(threat, "mitigation"), place + (v1 ? "" : "/data") + "/threats/" + t);
			}
		}

		private static String oneLine(String text) {
			return text == null ? null : text.replaceAll("\\s*\\n\\s*", " ").strip();
		}
	}
}
