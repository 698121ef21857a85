package org.threatwright.diagram.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.notation.NotationCommand;
import org.threatwright.diagram.notation.Point;

import com.google.inject.Inject;

/** Bends of a data flow: stored in the notation only (the model does not care how a flow is drawn). */
public class ChangeRoutingPointsHandler extends SessionOperationHandler<ChangeRoutingPointsOperation> {

	@Inject
	public ChangeRoutingPointsHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
		NotationCommand routes = new NotationCommand(session.notation(), "Route flow");
		for (ElementAndRoutingPoints eap : operation.getNewRoutingPoints()) {
			routes.route(eap.getElementId(), eap.getNewRoutingPoints() == null ? java.util.List.of()
					: eap.getNewRoutingPoints().stream().map(p -> new Point(p.getX(), p.getY())).toList());
		}
		return routes.isEmpty() ? Optional.empty() : Optional.of(routes);
	}
}
