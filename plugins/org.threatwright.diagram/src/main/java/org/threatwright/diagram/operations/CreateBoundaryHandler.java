package org.threatwright.diagram.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.DiagramTypes;
import org.threatwright.diagram.gmodel.Geometry;
import org.threatwright.diagram.gmodel.ModelIndex;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.NotationCommand;
import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;
import org.threatwright.model.TwPackage;

import com.google.inject.Inject;

/**
 * Creates a trust boundary (nested when dropped into another). Elements of the same container that the new
 * boundary's rectangle covers entirely become its members, as when one draws a boundary around them; their
 * positions become relative to the new boundary so they stay where they were on screen.
 */
public class CreateBoundaryHandler extends SessionOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	public static final double WIDTH = 320;
	public static final double HEIGHT = 200;

	@Inject
	public CreateBoundaryHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.BOUNDARY);
	}

	@Override
	public String getLabel() {
		return "Trust boundary";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		TrustBoundary boundary = TwFactory.eINSTANCE.createTrustBoundary();
		boundary.setName("New trust boundary");
		Geometry geometry = new Geometry(model(), session.notation());
		double[] at = CreateElementHandler.absoluteLocation(operation.getLocation());
		Bounds absolute = new Bounds(at[0], at[1], WIDTH, HEIGHT);
		TrustBoundary parent = ModelIndex.find(model(), operation.getContainerId(), TrustBoundary.class)
				.orElseGet(() -> geometry.deepestBoundaryHolding(absolute, boundary));
		double[] origin = geometry.originOf(parent);
		Bounds relative = absolute.moveTo(at[0] - origin[0], at[1] - origin[1]);

		CompoundCommand create = new CompoundCommand("Create trust boundary");
		if (parent == null) {
			create.append(new AddCommand(session.domain(), model(), TwPackage.Literals.SYSTEM_MODEL__BOUNDARIES, boundary));
		} else {
			create.append(new AddCommand(session.domain(), parent, TwPackage.Literals.TRUST_BOUNDARY__BOUNDARIES, boundary));
		}
		NotationCommand place = new NotationCommand(session.notation(), "Place trust boundary").bounds(boundary.getId(), relative);
		for (Element element : model().getElements()) {
			if (geometry.containerOf(element) != parent) {
				continue;
			}
			session.notation().bounds(element.getId()).filter(relative::contains).ifPresent(b -> {
				create.append(ModelCommands.moveElement(session.domain(), model(), element, boundary));
				place.bounds(element.getId(), b.moveTo(b.x() - relative.x(), b.y() - relative.y()));
			});
		}
		create.append(place);
		return Optional.of(create);
	}
}
