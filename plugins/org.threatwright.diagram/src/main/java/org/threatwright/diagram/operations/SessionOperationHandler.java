package org.threatwright.diagram.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.model.SystemModel;

/**
 * Base of the diagram's operation handlers: each turns one GLSP operation into one EMF command (model change
 * and/or {@link org.threatwright.diagram.notation.NotationCommand notation change}) that the GLSP model state
 * executes on the session's shared command stack. Handlers never change the model themselves, so they can be
 * tested with plain JUnit: create the command, execute, undo, redo.
 */
public abstract class SessionOperationHandler<O extends Operation> implements OperationHandler<O> {

	protected final DiagramSession session;

	protected SessionOperationHandler(DiagramSession session) {
		this.session = session;
	}

	protected SystemModel model() {
		return session.model();
	}

	/** The command, or empty when it would change nothing (GLSP then sends no model update). */
	protected static Optional<Command> nonEmpty(CompoundCommand command) {
		return command.isEmpty() ? Optional.empty() : Optional.of(command.unwrap());
	}
}
