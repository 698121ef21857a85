package org.threatwright.diagram.operations;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.ElementKind;
import org.threatwright.diagram.gmodel.Geometry;
import org.threatwright.diagram.gmodel.ModelIndex;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.NotationCommand;
import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage;

import com.google.inject.Inject;

/**
 * Creates an element of any {@link ElementKind} where the palette tool was clicked: added to the model's
 * elements, named "New &lt;kind&gt;", made a member of the boundary it was dropped into, placed in the notation.
 */
public class CreateElementHandler extends SessionOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	@Inject
	public CreateElementHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return Arrays.stream(ElementKind.values()).map(ElementKind::nodeType).toList();
	}

	@Override
	public String getLabel() {
		return "Create element";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		ElementKind kind = ElementKind.ofNodeType(operation.getElementTypeId())
				.orElseThrow(() -> new IllegalArgumentException("not an element type: " + operation.getElementTypeId()));
		Element element = kind.create();
		element.setName("New " + kind.label().toLowerCase(java.util.Locale.ROOT));
		Geometry geometry = new Geometry(model(), session.notation());
		TrustBoundary container = ModelIndex.find(model(), operation.getContainerId(), TrustBoundary.class).orElse(null);
		double[] at = absoluteLocation(operation.getLocation());
		Bounds absolute = new Bounds(at[0], at[1], ElementKind.WIDTH, ElementKind.HEIGHT);
		if (container == null) {
			container = geometry.deepestBoundaryHolding(absolute, element);
		}
		double[] origin = geometry.originOf(container);
		CompoundCommand create = new CompoundCommand("Create " + kind.label());
		create.append(new AddCommand(session.domain(), model(), TwPackage.Literals.SYSTEM_MODEL__ELEMENTS, element));
		if (container != null) {
			create.append(new AddCommand(session.domain(), container, TwPackage.Literals.TRUST_BOUNDARY__MEMBERS, element));
		}
		create.append(new NotationCommand(session.notation(), "Place " + kind.label())
				.bounds(element.getId(), absolute.moveTo(at[0] - origin[0], at[1] - origin[1])));
		return Optional.of(create);
	}

	static double[] absoluteLocation(Optional<GPoint> location) {
		return location.map(p -> new double[] { p.getX(), p.getY() }).orElse(new double[] { 20, 20 });
	}
}
