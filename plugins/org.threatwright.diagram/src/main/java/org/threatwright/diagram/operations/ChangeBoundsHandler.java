package org.threatwright.diagram.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
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
 * Move and resize. The new position is relative to the node's current container; when the node's new
 * rectangle lies entirely inside another trust boundary (or no longer inside its own), it is reparented in the
 * model: membership for elements, containment for boundaries. So dragging a node into or out of a boundary
 * changes what the analysis sees, in the same undoable command as the move.
 */
public class ChangeBoundsHandler extends SessionOperationHandler<ChangeBoundsOperation> {

	@Inject
	public ChangeBoundsHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		Geometry geometry = new Geometry(model(), session.notation());
		CompoundCommand change = new CompoundCommand("Move");
		NotationCommand bounds = new NotationCommand(session.notation(), "Move");
		for (ElementAndBounds eab : operation.getNewBounds()) {
			ModelElement node = ModelIndex.find(model(), eab.getElementId()).orElse(null);
			if (!(node instanceof Element || node instanceof TrustBoundary)) {
				continue;
			}
			TrustBoundary current = geometry.containerOf(node);
			double[] origin = geometry.originOf(current);
			Bounds relative = new Bounds(eab.getNewPosition().getX(), eab.getNewPosition().getY(),
					eab.getNewSize().getWidth(), eab.getNewSize().getHeight());
			Bounds absolute = relative.moveTo(origin[0] + relative.x(), origin[1] + relative.y());
			TrustBoundary target = geometry.deepestBoundaryHolding(absolute, node);
			if (target != current) {
				change.append(reparent(node, target));
				double[] newOrigin = geometry.originOf(target);
				relative = absolute.moveTo(absolute.x() - newOrigin[0], absolute.y() - newOrigin[1]);
			}
			bounds.bounds(node.getId(), relative);
		}
		if (!bounds.isEmpty()) {
			change.append(bounds);
		}
		return nonEmpty(change);
	}

	Command reparent(ModelElement node, TrustBoundary target) {
		return node instanceof Element element
				? ModelCommands.moveElement(session.domain(), model(), element, target)
				: ModelCommands.moveBoundary(session.domain(), model(), (TrustBoundary) node, target);
	}
}
