package org.threatwright.diagram.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.layout.ElkDiagramLayout;
import org.threatwright.diagram.notation.NotationCommand;

import com.google.inject.Inject;

/** Auto-layout on demand: ELK layered over the whole diagram, one undoable notation change; flows drawn straight. */
public class LayoutHandler extends SessionOperationHandler<LayoutOperation> {

	@Inject
	public LayoutHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public Optional<Command> createCommand(LayoutOperation operation) {
		NotationCommand layout = new NotationCommand(session.notation(), "Layout");
		new ElkDiagramLayout(model(), session.notation()).layout().forEach(layout::bounds);
		session.notation().allRoutes().keySet().forEach(id -> layout.route(id, java.util.List.of()));
		return layout.isEmpty() ? Optional.empty() : Optional.of(layout);
	}
}
