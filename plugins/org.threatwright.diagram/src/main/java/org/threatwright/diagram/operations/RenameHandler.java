package org.threatwright.diagram.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.ModelIndex;
import org.threatwright.model.ModelElement;
import org.threatwright.model.TwPackage;

import com.google.inject.Inject;

/** Rename in place: the edited name label's text becomes the element's (boundary's, flow's) name. */
public class RenameHandler extends SessionOperationHandler<ApplyLabelEditOperation> {

	@Inject
	public RenameHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		ModelElement element = ModelIndex.find(model(), operation.getLabelId())
				.orElseThrow(() -> new IllegalArgumentException("no element for label " + operation.getLabelId()));
		String name = operation.getText() == null ? "" : operation.getText().strip();
		if (name.isEmpty() || name.equals(element.getName())) {
			return Optional.empty();
		}
		return Optional.of(ModelCommands.set(session.domain(), element, TwPackage.Literals.MODEL_ELEMENT__NAME, name));
	}
}
