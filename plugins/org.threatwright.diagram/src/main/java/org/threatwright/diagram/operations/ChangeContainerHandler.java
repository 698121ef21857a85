package org.threatwright.diagram.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.Geometry;
import org.threatwright.diagram.gmodel.ModelIndex;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.NotationCommand;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.TrustBoundary;

import com.google.inject.Inject;

/**
 * Explicit reparenting (the client's "drop into container"): the node becomes a member of (or, for a
 * boundary, nested in) the target boundary; an unknown or empty target means the diagram itself. The location,
 * if given, is relative to the target; otherwise the node keeps its place on screen.
 */
public class ChangeContainerHandler extends SessionOperationHandler<ChangeContainerOperation> {

	@Inject
	public ChangeContainerHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public Optional<Command> createCommand(ChangeContainerOperation operation) {
		ModelElement node = ModelIndex.find(model(), operation.getElementId()).orElse(null);
		if (!(node instanceof Element || node instanceof TrustBoundary)) {
			return Optional.empty();
		}
		TrustBoundary target = ModelIndex.find(model(), operation.getTargetContainerId(), TrustBoundary.class).orElse(null);
		if (node == target) {
			return Optional.empty();
		}
		Geometry geometry = new Geometry(model(), session.notation());
		Bounds old = session.notation().bounds(node.getId()).orElse(new Bounds(0, 0, 150, 60));
		double[] oldOrigin = geometry.originOf(geometry.containerOf(node));
		double[] newOrigin = geometry.originOf(target);
		Bounds relative = operation.getLocation().map(p -> old.moveTo(p.getX(), p.getY()))
				.orElse(old.moveTo(old.x() + oldOrigin[0] - newOrigin[0], old.y() + oldOrigin[1] - newOrigin[1]));
		CompoundCommand change = new CompoundCommand("Change container");
		change.append(node instanceof Element element
				? ModelCommands.moveElement(session.domain(), model(), element, target)
				: ModelCommands.moveBoundary(session.domain(), model(), (TrustBoundary) node, target));
		change.append(new NotationCommand(session.notation(), "Place").bounds(node.getId(), relative));
		return Optional.of(change);
	}
}
