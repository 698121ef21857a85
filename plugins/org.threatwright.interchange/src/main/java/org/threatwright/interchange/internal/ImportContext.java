package org.threatwright.interchange.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.threatwright.analysis.api.Stride;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.ImportResult;
import org.threatwright.interchange.api.SourceThreat;
import org.threatwright.interchange.api.Unmapped;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ExternalId;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Protocol;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;

/**
 * The state of one import: the model being built, the report of what was not mapped, the source threats, and the
 * source ids seen. Ids: a source id that is already a UUID (and not used twice) is kept, so that exporting and
 * importing again gives the same ids; any other source id becomes a name-based UUID of format and source id, so
 * that importing the same file twice gives the same model.
 */
public final class ImportContext {

	private static final Pattern UUID_PATTERN = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final Path file;
	private final ImportFormat format;
	private final SystemModel model = TwFactory.eINSTANCE.createSystemModel();
	private final List<Unmapped> unmapped = new ArrayList<>();
	private final List<SourceThreat> threats = new ArrayList<>();
	private final Set<String> ids = new HashSet<>();
	private final Map<String, Element> elements = new LinkedHashMap<>();
	private final Map<String, TrustBoundary> boundaries = new LinkedHashMap<>();
	private final Map<String, DataFlow> flows = new LinkedHashMap<>();

	public ImportContext(Path file, ImportFormat format) {
		this.file = file;
		this.format = format;
	}

	public Path file() {
		return file;
	}

	public SystemModel model() {
		return model;
	}

	/** Sets the id (see the class comment), the name and the external id of a new object. */
	public <T extends ModelElement> T adopt(T object, String sourceId, String name) {
		object.setId(idFor(sourceId));
		object.setName(name == null || name.isBlank() ? null : name.strip());
		if (sourceId != null && !sourceId.isBlank()) {
			ExternalId external = TwFactory.eINSTANCE.createExternalId();
			external.setSource(format.externalIdSource());
			external.setValue(sourceId);
			object.getExternalIds().add(external);
		}
		return object;
	}

	private String idFor(String sourceId) {
		String id;
		if (sourceId != null && UUID_PATTERN.matcher(sourceId).matches() && !ids.contains(sourceId.toLowerCase())) {
			id = sourceId.toLowerCase();
		} else {
			String seed = format.externalIdSource() + ":" + (sourceId == null ? "" : sourceId);
			id = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
			for (int n = 2; ids.contains(id); n++) {
				id = UUID.nameUUIDFromBytes((seed + "#" + n).getBytes(StandardCharsets.UTF_8)).toString();
			}
		}
		ids.add(id);
		return id;
	}

	/** Creates an element of {@code kind}, adds it to the model and remembers it under its source id. */
	public Element element(ElementKind kind, String sourceId, String name) {
		Element element = adopt(kind.create(), sourceId, name);
		model.getElements().add(element);
		if (sourceId != null) {
			elements.putIfAbsent(sourceId, element);
		}
		return element;
	}

	/** Creates a trust boundary (top level until {@link #nest} moves it) remembered under its source id. */
	public TrustBoundary boundary(String sourceId, String name) {
		TrustBoundary boundary = adopt(TwFactory.eINSTANCE.createTrustBoundary(), sourceId, name);
		model.getBoundaries().add(boundary);
		if (sourceId != null) {
			boundaries.putIfAbsent(sourceId, boundary);
		}
		return boundary;
	}

	/** Moves {@code inner} into {@code outer}, unless that would make a cycle (then false). */
	public boolean nest(TrustBoundary inner, TrustBoundary outer) {
		for (Object up = outer; up instanceof TrustBoundary b; up = b.eContainer()) {
			if (b == inner) {
				return false;
			}
		}
		outer.getBoundaries().add(inner);
		return true;
	}

	/** Creates a flow between two imported elements. */
	public DataFlow flow(String sourceId, String name, Element from, Element to) {
		DataFlow flow = adopt(TwFactory.eINSTANCE.createDataFlow(), sourceId, name);
		flow.setSource(from);
		flow.setTarget(to);
		model.getFlows().add(flow);
		if (sourceId != null) {
			flows.putIfAbsent(sourceId, flow);
		}
		return flow;
	}

	public Element elementOf(String sourceId) {
		return sourceId == null ? null : elements.get(sourceId);
	}

	public TrustBoundary boundaryOf(String sourceId) {
		return sourceId == null ? null : boundaries.get(sourceId);
	}

	public DataFlow flowOf(String sourceId) {
		return sourceId == null ? null : flows.get(sourceId);
	}

	/** Sets the protocol named {@code name} on {@code flow}; a name without equivalent becomes 'other' and is reported. */
	public void protocol(DataFlow flow, String name, String place) {
		Protocol protocol = ProtocolNames.of(name);
		if (protocol == null) {
			flow.setProtocol(Protocol.OTHER);
			flow.getTags().add("protocol:" + name.strip());
			unmapped(place, "protocol '" + name.strip() + "'", "no Threatwright equivalent; recorded as 'other' with tag protocol:"
					+ name.strip());
		} else {
			flow.setProtocol(protocol);
		}
	}

	/** Reports something in the file that the model does not hold. */
	public void unmapped(String place, String what, String why) {
		unmapped.add(new Unmapped(file.toString(), place, what, why));
	}

	/** Records a threat the file gives for the element or flow {@code subjectId} (a model id). */
	public void threat(String sourceId, String title, String subjectId, Stride stride, SourceThreat.Status status,
			String mitigation, String place) {
		threats.add(new SourceThreat(sourceId, title, subjectId, stride, status, blankToNull(mitigation), place));
	}

	public ImportResult result() {
		return new ImportResult(model, unmapped, threats);
	}

	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
