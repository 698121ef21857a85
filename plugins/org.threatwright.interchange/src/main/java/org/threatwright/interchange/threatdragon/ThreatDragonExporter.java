package org.threatwright.interchange.threatdragon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.interchange.api.ModelExporter;
import org.threatwright.interchange.internal.ElementKind;
import org.threatwright.interchange.internal.JsonInput;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.Protocol;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a model as one Threat Dragon v2 diagram. Threat Dragon knows actors, processes and stores only, so each cell
 * also carries {@code data.threatwright} (the element kind, the flow's encryption) which the importer reads back;
 * Threat Dragon itself ignores it. Elements are laid out in rows, grouped by innermost boundary, and every boundary
 * is a box around its members and nested boxes, so that Threat Dragon shows (and the importer finds) the same
 * membership.
 */
public final class ThreatDragonExporter implements ModelExporter {

	static final String VERSION = "2.3.0";
	static final String EXTRA = "threatwright";
	private static final int PER_ROW = 4;
	private static final int STEP_X = 220;
	private static final int STEP_Y = 140;
	private static final int WIDTH = 160;
	private static final int HEIGHT = 80;

	@Override
	public String name() {
		return "threatdragon";
	}

	@Override
	public byte[] write(SystemModel model) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode root = json.objectNode();
		root.put("version", VERSION);
		ObjectNode summary = root.putObject("summary");
		summary.put("title", model.getName() == null ? "Threatwright model" : model.getName());
		summary.put("owner", "");
		summary.put("description", model.getDescription() == null ? "" : model.getDescription());
		summary.put("id", 0);
		ObjectNode detail = root.putObject("detail");
		detail.putArray("contributors");
		ObjectNode diagram = detail.putArray("diagrams").addObject();
		diagram.put("id", 0);
		diagram.put("title", "Main");
		diagram.put("diagramType", "STRIDE");
		diagram.put("placeholder", "");
		diagram.put("thumbnail", "./public/content/images/thumbnail.stride.jpg");
		diagram.put("version", VERSION);
		ArrayNode cells = diagram.putArray("cells");
		new Layout(model, cells).run();
		for (DataFlow flow : model.getFlows()) {
			flow(cells.addObject(), flow);
		}
		detail.put("diagramTop", 1);
		detail.put("reviewer", "");
		detail.put("threatTop", 0);
		try {
			return JsonInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Rows of elements grouped by innermost boundary, boundaries as boxes padded by their nesting height. */
	private static final class Layout {
		private final SystemModel model;
		private final ArrayNode cells;
		private final Map<TrustBoundary, List<Element>> members = new LinkedHashMap<>();
		private final int left;
		private int y = 40;

		Layout(SystemModel model, ArrayNode cells) {
			this.model = model;
			this.cells = cells;
			int height = 0;
			for (TrustBoundary boundary : model.getBoundaries()) {
				height = Math.max(height, height(boundary));
			}
			this.left = 40 + pad(height);
		}

		void run() {
			List<Element> outside = new ArrayList<>();
			for (Element element : model.getElements()) {
				TrustBoundary innermost = org.threatwright.interchange.otm.OtmExporter.innermostOf(element);
				if (innermost == null) {
					outside.add(element);
				} else {
					members.computeIfAbsent(innermost, key -> new ArrayList<>()).add(element);
				}
			}
			rows(outside);
			for (TrustBoundary boundary : model.getBoundaries()) {
				boundary(boundary);
			}
		}

		private void boundary(TrustBoundary boundary) {
			int pad = pad(height(boundary));
			int top = y;
			y += pad;
			rows(members.getOrDefault(boundary, List.of()));
			for (TrustBoundary inner : boundary.getBoundaries()) {
				boundary(inner);
			}
			y += pad;
			ObjectNode cell = cells.addObject();
			cell.putObject("position").put("x", left - pad).put("y", top);
			cell.putObject("size").put("width", (PER_ROW - 1) * STEP_X + WIDTH + 2 * pad).put("height", y - top);
			cell.put("shape", "trust-boundary-box");
			cell.put("id", boundary.getId());
			cell.put("zIndex", -1);
			ObjectNode data = cell.putObject("data");
			data.put("type", "tm.Boundary");
			data.put("name", boundary.getName() == null ? "" : boundary.getName());
			data.put("description", boundary.getDescription() == null ? "" : boundary.getDescription());
			data.put("isTrustBoundary", true);
			data.put("hasOpenThreats", false);
			y += 20;
		}

		private void rows(List<Element> elements) {
			for (int i = 0; i < elements.size(); i++) {
				if (i > 0 && i % PER_ROW == 0) {
					y += STEP_Y;
				}
				node(cells.addObject(), elements.get(i), left + (i % PER_ROW) * STEP_X, y);
			}
			if (!elements.isEmpty()) {
				y += STEP_Y;
			}
		}

		private static int height(TrustBoundary boundary) {
			int height = 0;
			for (TrustBoundary inner : boundary.getBoundaries()) {
				height = Math.max(height, 1 + height(inner));
			}
			return height;
		}

		private static int pad(int height) {
			return 20 * (height + 1);
		}
	}

	private static void node(ObjectNode cell, Element element, int x, int y) {
		ElementKind kind = ElementKind.of(element);
		String shape = switch (kind) {
		case EXTERNAL_ENTITY -> "actor";
		case DATA_STORE -> "store";
		default -> "process";
		};
		cell.putObject("position").put("x", x).put("y", y);
		cell.putObject("size").put("width", WIDTH).put("height", HEIGHT);
		cell.putObject("attrs").putObject("text").put("text", element.getName() == null ? "" : element.getName());
		cell.put("visible", true);
		cell.put("shape", shape);
		cell.put("id", element.getId());
		cell.put("zIndex", 1);
		ObjectNode data = cell.putObject("data");
		data.put("type", switch (shape) {
		case "actor" -> "tm.Actor";
		case "store" -> "tm.Store";
		default -> "tm.Process";
		});
		data.put("name", element.getName() == null ? "" : element.getName());
		data.put("description", element.getDescription() == null ? "" : element.getDescription());
		data.put("outOfScope", element.getTags().contains("out-of-scope"));
		data.put("reasonOutOfScope", "");
		data.put("hasOpenThreats", false);
		if (element instanceof DataStore store) {
			data.put("isALog", store.isHoldsLogs());
			data.put("isEncrypted", store.isEncryptedAtRest());
			data.put("isSigned", false);
			data.put("storesCredentials", false);
			data.put("storesInventory", false);
		} else if (kind == ElementKind.EXTERNAL_ENTITY) {
			data.put("providesAuthentication", false);
		} else {
			data.put("handlesCardPayment", false);
			data.put("handlesGoodsOrServices", false);
			data.put("isWebApplication", kind == ElementKind.WEB_APP);
			data.put("privilegeLevel", "");
		}
		data.putArray("threats");
		data.putObject(EXTRA).put("kind", kind.otmType());
	}

	private static void flow(ObjectNode cell, DataFlow flow) {
		cell.put("shape", "flow");
		ObjectNode line = cell.putObject("attrs").putObject("line");
		line.put("stroke", "#333333");
		line.putObject("targetMarker").put("name", "block");
		line.putObject("sourceMarker").put("name", flow.getDirection() == FlowDirection.BIDIRECTIONAL ? "block" : "");
		cell.put("width", 200);
		cell.put("height", 100);
		cell.put("zIndex", 10);
		cell.put("connector", "smooth");
		cell.put("id", flow.getId());
		cell.putArray("labels").add(flow.getName() == null ? "" : flow.getName());
		cell.putObject("source").put("cell", flow.getSource().getId());
		cell.putObject("target").put("cell", flow.getTarget().getId());
		ObjectNode data = cell.putObject("data");
		data.put("type", "tm.Flow");
		data.put("name", flow.getName() == null ? "" : flow.getName());
		data.put("description", flow.getDescription() == null ? "" : flow.getDescription());
		data.put("outOfScope", flow.getTags().contains("out-of-scope"));
		data.put("reasonOutOfScope", "");
		data.put("hasOpenThreats", false);
		data.put("isBidirectional", flow.getDirection() == FlowDirection.BIDIRECTIONAL);
		data.put("isEncrypted", flow.getEncryption() == Encryption.TRANSPORT || flow.getEncryption() == Encryption.END_TO_END);
		data.put("isPublicNetwork", flow.getTags().contains("public-network"));
		String original = flow.getTags().stream().filter(tag -> tag.startsWith("protocol:")).findFirst()
				.map(tag -> tag.substring("protocol:".length())).orElse(null);
		data.put("protocol", flow.getProtocol() == Protocol.UNKNOWN ? ""
				: flow.getProtocol() == Protocol.OTHER && original != null ? original : flow.getProtocol().getLiteral());
		data.putArray("threats");
		data.putObject(EXTRA).put("encryption", flow.getEncryption().getLiteral());
	}
}
