package org.threatwright.diagram.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.ModelIndex;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.ModelElement;
import org.threatwright.model.TrustBoundary;

import com.google.inject.Inject;

/**
 * Deletes the selected elements, boundaries, flows and interfaces from the model, with the flows attached to
 * deleted elements and every reference to what is deleted (one undoable command).
 */
public class DeleteHandler extends SessionOperationHandler<DeleteOperation> {

	@Inject
	public DeleteHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public Optional<Command> createCommand(DeleteOperation operation) {
		List<ModelElement> doomed = operation.getElementIds().stream()
				.map(id -> ModelIndex.find(model(), id).orElse(null))
				.filter(e -> e instanceof Element || e instanceof TrustBoundary || e instanceof DataFlow || e instanceof Interface)
				.distinct().toList();
		if (doomed.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(ModelCommands.delete(session.domain(), model(), doomed));
	}
}
