package org.threatwright.diagram.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.Containment;
import org.threatwright.diagram.gmodel.ModelIndex;
import org.threatwright.diagram.notation.NotationCommand;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.TwPackage;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Paste: copies of the copied elements (with their interfaces and components, every copy with a fresh UUID),
 * and of the flows between two copied elements, 30 px down and right, in the same boundary as the originals.
 * The clipboard holds element ids ({@link ClipboardHandler}); boundaries are not copied.
 */
public class PasteHandler extends SessionOperationHandler<PasteOperation> {

	public static final String MIME = "application/json";
	static final double OFFSET = 30;

	@Inject
	public PasteHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public Optional<Command> createCommand(PasteOperation operation) {
		List<Element> originals = new ArrayList<>();
		for (String id : idsOf(operation.getClipboardData().get(MIME))) {
			ModelIndex.find(model(), id, Element.class).filter(e -> !originals.contains(e)).ifPresent(originals::add);
		}
		if (originals.isEmpty()) {
			return Optional.empty();
		}
		Map<Element, Element> copies = new LinkedHashMap<>();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		originals.forEach(original -> copies.put(original, (Element) copier.copy(original)));
		copier.copyReferences();
		copier.values().forEach(PasteHandler::freshId);
		CompoundCommand paste = new CompoundCommand("Paste");
		paste.append(new AddCommand(session.domain(), model(), TwPackage.Literals.SYSTEM_MODEL__ELEMENTS, copies.values()));
		Containment containment = new Containment(model());
		NotationCommand place = new NotationCommand(session.notation(), "Place copies");
		copies.forEach((original, copy) -> {
			containment.boundaryOf(original).ifPresent(boundary -> paste
					.append(new AddCommand(session.domain(), boundary, TwPackage.Literals.TRUST_BOUNDARY__MEMBERS, copy)));
			session.notation().bounds(original.getId())
					.ifPresent(b -> place.bounds(copy.getId(), b.moveTo(b.x() + OFFSET, b.y() + OFFSET)));
		});
		List<DataFlow> flowCopies = new ArrayList<>();
		for (DataFlow flow : model().getFlows()) {
			if (copies.containsKey(flow.getSource()) && copies.containsKey(flow.getTarget())) {
				DataFlow copy = EcoreUtil.copy(flow);
				freshId(copy);
				copy.setSource(copies.get(flow.getSource()));
				copy.setTarget(copies.get(flow.getTarget()));
				copy.setSourceInterface((org.threatwright.model.Interface) copier.get(flow.getSourceInterface()));
				copy.setTargetInterface((org.threatwright.model.Interface) copier.get(flow.getTargetInterface()));
				flowCopies.add(copy);
			}
		}
		if (!flowCopies.isEmpty()) {
			paste.append(new AddCommand(session.domain(), model(), TwPackage.Literals.SYSTEM_MODEL__FLOWS, flowCopies));
		}
		if (!place.isEmpty()) {
			paste.append(place);
		}
		return Optional.of(paste);
	}

	static List<String> idsOf(String json) {
		List<String> ids = new ArrayList<>();
		if (json == null || json.isBlank()) {
			return ids;
		}
		try {
			JsonArray array = JsonParser.parseString(json).getAsJsonArray();
			array.forEach(item -> ids.add(item.getAsString()));
		} catch (RuntimeException e) {
			// clipboard content from elsewhere (another application's JSON): nothing of ours to paste
		}
		return ids;
	}

	private static void freshId(EObject object) {
		if (object instanceof ModelElement element) {
			element.setId(UUID.randomUUID().toString());
		}
	}
}
