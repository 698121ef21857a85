package org.threatwright.diagram.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage;

/**
 * The EMF commands diagram edits are made of. They are built with the commands' constructors (not through
 * item providers), so they work on any editing domain, whatever adapter factory the host configured.
 */
final class ModelCommands {

	private static final TwPackage TW = TwPackage.eINSTANCE;

	private ModelCommands() {
	}

	static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		return new SetCommand(domain, owner, feature, value);
	}

	/** Moves {@code element} into {@code target} (null: onto the diagram, in no boundary). */
	static Command moveElement(EditingDomain domain, SystemModel model, Element element, TrustBoundary target) {
		CompoundCommand move = new CompoundCommand("Move " + element.getName());
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof TrustBoundary boundary && boundary != target && boundary.getMembers().contains(element)) {
				move.append(new RemoveCommand(domain, boundary, TW.getTrustBoundary_Members(), element));
			}
		}
		if (target != null && !target.getMembers().contains(element)) {
			move.append(new AddCommand(domain, target, TW.getTrustBoundary_Members(), element));
		}
		return move;
	}

	/** Moves {@code boundary} into {@code target} (null: top level). */
	static Command moveBoundary(EditingDomain domain, SystemModel model, TrustBoundary boundary, TrustBoundary target) {
		CompoundCommand move = new CompoundCommand("Move " + boundary.getName());
		EObject owner = boundary.eContainer();
		if (owner == (target == null ? model : target)) {
			return move;
		}
		EReference from = (EReference) boundary.eContainingFeature();
		move.append(new RemoveCommand(domain, owner, from, boundary));
		if (target == null) {
			move.append(new AddCommand(domain, model, TW.getSystemModel_Boundaries(), boundary));
		} else {
			move.append(new AddCommand(domain, target, TW.getTrustBoundary_Boundaries(), boundary));
		}
		return move;
	}

	/**
	 * Deletes {@code objects} and everything that would dangle: flows from or to a deleted element, and every
	 * non-containment reference to a deleted object (boundary membership, hostedOn, flow interfaces, owners).
	 * Members of a deleted boundary stay in the model, in the boundary's parent.
	 */
	static Command delete(EditingDomain domain, SystemModel model, Collection<? extends EObject> objects) {
		Set<EObject> doomed = new LinkedHashSet<>(objects);
		for (DataFlow flow : model.getFlows()) {
			if (doomed.contains(flow.getSource()) || doomed.contains(flow.getTarget())) {
				doomed.add(flow);
			}
		}
		Set<EObject> withContents = new LinkedHashSet<>();
		for (EObject object : doomed) {
			withContents.add(object);
			object.eAllContents().forEachRemaining(withContents::add);
		}
		CompoundCommand delete = new CompoundCommand("Delete");
		List<EObject> inverseHandled = new ArrayList<>();
		for (var entry : EcoreUtil.UsageCrossReferencer.findAll(withContents, model).entrySet()) {
			EObject target = entry.getKey();
			for (EStructuralFeature.Setting setting : entry.getValue()) {
				EObject holder = setting.getEObject();
				EStructuralFeature feature = setting.getEStructuralFeature();
				if (withContents.contains(holder) || ((EReference) feature).isContainment() || feature.isDerived()) {
					continue;
				}
				if (feature.isMany()) {
					delete.append(new RemoveCommand(domain, holder, feature, target));
				} else {
					delete.append(new SetCommand(domain, holder, feature, SetCommand.UNSET_VALUE));
				}
			}
			inverseHandled.add(target);
		}
		for (EObject object : doomed) {
			if (object instanceof TrustBoundary boundary) {
				TrustBoundary parent = boundary.eContainer() instanceof TrustBoundary p && !doomed.contains(p) ? p : null;
				if (parent != null) {
					List<Element> keep = boundary.getMembers().stream().filter(m -> !doomed.contains(m)).toList();
					if (!keep.isEmpty()) {
						delete.append(new AddCommand(domain, parent, TW.getTrustBoundary_Members(), keep));
					}
				}
			}
		}
		for (EObject object : doomed) {
			if (object.eContainer() != null && !doomed.contains(object.eContainer())) {
				delete.append(new RemoveCommand(domain, object.eContainer(), object.eContainingFeature(), object));
			}
		}
		return delete;
	}
}
