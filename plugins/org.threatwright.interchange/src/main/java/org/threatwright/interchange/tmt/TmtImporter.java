package org.threatwright.interchange.tmt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.ImportResult;
import org.threatwright.interchange.api.ModelImporter;
import org.threatwright.interchange.api.SourceThreat;
import org.threatwright.interchange.internal.ElementKind;
import org.threatwright.interchange.internal.Geometry;
import org.threatwright.interchange.internal.Geometry.Box;
import org.threatwright.interchange.internal.ImportContext;
import org.threatwright.interchange.internal.InputFiles;
import org.threatwright.interchange.internal.XmlInput;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.TrustBoundary;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Imports a Microsoft Threat Modeling Tool model ({@code .tm7}, a WCF data-contract XML file) with a hardened parser.
 * Stencils by generic type: {@code GE.P} process, {@code GE.DS} data store, {@code GE.EI} external interactor (a
 * mobile, browser or IoT stencil becomes a mobile app, web app or device), {@code GE.TB.B} border boundary (members
 * by geometry), {@code GE.DF} data flow; {@code GE.TB.L} line boundaries cannot hold members and are reported. All
 * drawing surfaces go into one model. Threat instances → source threats on their flow.
 */
public final class TmtImporter implements ModelImporter {

	private static final Set<String> MAPPED_PROPERTIES = Set.of("Name", "Out Of Scope", "Dataflow Order",
			"Reason For Out Of Scope");

	@Override
	public ImportFormat format() {
		return ImportFormat.TMT;
	}

	@Override
	public ImportResult read(Path file) throws ImportException {
		byte[] content = InputFiles.read(file);
		if (InputFiles.firstSignificant(content) != '<') {
			throw ImportException.at(file, 1, 1, "not a Threat Modeling Tool file: it does not start with XML markup", null);
		}
		Document document = XmlInput.parse(file, content);
		Node root = document.getDocumentElement();
		if (!"ThreatModel".equals(root.getLocalName()) || child(root, "DrawingSurfaceList") == null) {
			throw ImportException.at(file, "/" + root.getNodeName(), "not a Threat Modeling Tool file: the root is '"
					+ root.getNodeName() + "', expected ThreatModel with a DrawingSurfaceList");
		}
		ImportContext context = new ImportContext(file, ImportFormat.TMT);
		Node meta = child(root, "MetaInformation");
		String name = textOf(child(meta, "ThreatModelName"));
		context.model().setName(name != null ? name : file.getFileName().toString().replaceFirst("\\.tm7$", ""));
		context.model().setDescription(textOf(child(meta, "HighLevelSystemDescription")));
		context.model().setId(java.util.UUID.nameUUIDFromBytes(("tm7:" + context.model().getName())
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
		int s = 0;
		for (Node surface : children(child(root, "DrawingSurfaceList"))) {
			surface(context, surface, "/ThreatModel/DrawingSurfaceList/DrawingSurfaceModel[" + (++s) + "]");
		}
		threats(context, child(root, "ThreatInstances"));
		return context.result();
	}

	private static void surface(ImportContext context, Node surface, String base) {
		List<Box> boxes = new ArrayList<>();
		List<TrustBoundary> boxBoundaries = new ArrayList<>();
		List<Element> elements = new ArrayList<>();
		List<Box> elementBoxes = new ArrayList<>();
		int i = 0;
		for (Node entry : children(child(surface, "Borders"))) {
			Node value = child(entry, "Value");
			String place = base + "/Borders/KeyValueOfguidanyType[" + (++i) + "]";
			String generic = textOf(child(value, "GenericTypeId"));
			String type = textOf(child(value, "TypeId"));
			String id = textOf(child(value, "Guid"));
			Map<String, String> properties = properties(value);
			String name = properties.get("Name");
			Box box = box(value);
			if ("GE.TB.B".equals(generic)) {
				TrustBoundary boundary = context.boundary(id, name);
				boundary.getTags().add("tm7-type:" + type);
				if (box != null) {
					boxes.add(box);
					boxBoundaries.add(boundary);
				}
				reportProperties(context, place, name, properties);
				continue;
			}
			ElementKind kind = switch (String.valueOf(generic)) {
			case "GE.DS" -> ElementKind.DATA_STORE;
			case "GE.EI" -> externalKind(type);
			case "GE.P" -> type != null && type.toLowerCase().contains("webapp") ? ElementKind.WEB_APP : ElementKind.PROCESS;
			default -> null;
			};
			if (kind == null) {
				context.unmapped(place, "stencil '" + name + "' of type " + generic, "not a stencil type Threatwright knows");
				continue;
			}
			Element element = context.element(kind, id, name);
			element.getTags().add("tm7-type:" + type);
			if ("true".equalsIgnoreCase(properties.get("Out Of Scope"))) {
				element.getTags().add("out-of-scope");
				context.unmapped(place, "out-of-scope flag of '" + name + "'", "Threatwright analyses every element; kept as the tag 'out-of-scope'");
			}
			reportProperties(context, place, name, properties);
			if (box != null) {
				elements.add(element);
				elementBoxes.add(box);
			}
		}
		int l = 0;
		for (Node entry : children(child(surface, "Lines"))) {
			Node value = child(entry, "Value");
			String place = base + "/Lines/KeyValueOfguidanyType[" + (++l) + "]";
			String generic = textOf(child(value, "GenericTypeId"));
			Map<String, String> properties = properties(value);
			String name = properties.get("Name");
			String id = textOf(child(value, "Guid"));
			if ("GE.TB.L".equals(generic)) {
				context.boundary(id, name);
				context.unmapped(place, "boundary line '" + name + "'",
						"a line cannot say which elements are inside; imported as a boundary without members");
				continue;
			}
			if (!"GE.DF".equals(generic)) {
				context.unmapped(place, "line '" + name + "' of type " + generic, "not a line type Threatwright knows");
				continue;
			}
			Element from = context.elementOf(textOf(child(value, "SourceGuid")));
			Element to = context.elementOf(textOf(child(value, "TargetGuid")));
			if (from == null || to == null) {
				context.unmapped(place, "data flow '" + name + "'", "not connected to a stencil at both ends");
				continue;
			}
			DataFlow flow = context.flow(id, name, from, to);
			flow.setDirection(FlowDirection.ONE_WAY);
			flow.getTags().add("tm7-type:" + textOf(child(value, "TypeId")));
			reportProperties(context, place, name, properties);
		}
		for (int b = 0; b < boxes.size(); b++) {
			int outer = Geometry.innermostEnclosing(boxes, boxes.get(b));
			if (outer >= 0) {
				context.nest(boxBoundaries.get(b), boxBoundaries.get(outer));
			}
		}
		for (int e = 0; e < elements.size(); e++) {
			int holder = Geometry.innermostHolding(boxes, elementBoxes.get(e));
			if (holder >= 0) {
				boxBoundaries.get(holder).getMembers().add(elements.get(e));
			}
		}
	}

	private static ElementKind externalKind(String type) {
		String lower = type == null ? "" : type.toLowerCase();
		if (lower.contains("mobile")) {
			return ElementKind.MOBILE_APP;
		}
		if (lower.contains("browser")) {
			return ElementKind.WEB_APP;
		}
		if (lower.contains("iot") || lower.contains("device")) {
			return ElementKind.DEVICE;
		}
		return ElementKind.EXTERNAL_ENTITY;
	}

	private static void reportProperties(ImportContext context, String place, String name, Map<String, String> properties) {
		List<String> set = new ArrayList<>();
		properties.forEach((key, value) -> {
			if (!MAPPED_PROPERTIES.contains(key) && value != null && !value.isBlank() && !"Select".equals(value)) {
				set.add(key + "=" + value);
			}
		});
		if (!set.isEmpty()) {
			context.unmapped(place + "/Properties", "properties of '" + name + "': " + set,
					"Threat Modeling Tool stencil properties have no place in the model");
		}
	}

	private static void threats(ImportContext context, Node instances) {
		int i = 0;
		for (Node entry : children(instances)) {
			Node value = child(entry, "Value");
			String place = "/ThreatModel/ThreatInstances/KeyValueOfstringThreatpc_P0_PhOB[" + (++i) + "]";
			Map<String, String> properties = new LinkedHashMap<>();
			for (Node pair : children(child(value, "Properties"))) {
				properties.put(textOf(child(pair, "Key")), textOf(child(pair, "Value")));
			}
			String state = String.valueOf(textOf(child(value, "State")));
			SourceThreat.Status status = switch (state) {
			case "Mitigated" -> SourceThreat.Status.MITIGATED;
			case "NotApplicable" -> SourceThreat.Status.NOT_APPLICABLE;
			default -> SourceThreat.Status.OPEN;
			};
			String flowGuid = textOf(child(value, "FlowGuid"));
			DataFlow flow = context.flowOf(flowGuid);
			String title = properties.getOrDefault("Title", textOf(child(value, "TypeId")));
			if (flow == null) {
				context.unmapped(place, "threat '" + title + "'", "its flow '" + flowGuid + "' is not in the model");
				continue;
			}
			context.threat(textOf(child(value, "Id")) + "@" + flowGuid, title, flow.getId(),
					SourceThreat.strideOf(properties.get("UserThreatCategory")), status,
					ImportContext.blankToNull(textOf(child(value, "StateInformation"))), place);
		}
	}

	/** Display name → value of a stencil's {@code Properties} (attributes without a value map to null). */
	private static Map<String, String> properties(Node value) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (Node attribute : children(child(value, "Properties"))) {
			String key = textOf(child(attribute, "DisplayName"));
			if (key != null) {
				properties.putIfAbsent(key, textOf(child(attribute, "Value")));
			}
		}
		return properties;
	}

	private static Box box(Node value) {
		try {
			return new Box(Double.parseDouble(textOf(child(value, "Left"))), Double.parseDouble(textOf(child(value, "Top"))),
					Double.parseDouble(textOf(child(value, "Width"))), Double.parseDouble(textOf(child(value, "Height"))));
		} catch (NullPointerException | NumberFormatException e) {
			return null;
		}
	}

	static Node child(Node parent, String localName) {
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

	static List<Node> children(Node parent) {
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

	static String textOf(Node node) {
		if (node == null) {
			return null;
		}
		String text = node.getTextContent();
		return text == null || text.isBlank() ? null : text.strip();
	}
}
