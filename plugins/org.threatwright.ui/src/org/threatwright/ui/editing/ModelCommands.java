package org.threatwright.ui.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage;
import org.threatwright.ui.explorer.ModelLabels;

/**
 * The edits of the model as EMF commands, each labelled with what it does ("Set name of Hub", "New Device",
 * "Delete Hub") so that Undo and Redo can name it. Every method returns a command that has not run yet;
 * run it with {@link ModelDocument#execute}.
 */
public final class ModelCommands {

	private ModelCommands() {
	}

	/** A new child of {@code owner} as the item providers offer it. */
	public record NewChild(EStructuralFeature feature, EObject child) {
		public String label() {
			return title(child.eClass().getName()) + " (" + ModelLabels.humanise(feature.getName()) + ")";
		}
	}

	/** What can be created under {@code owner}: every concrete kind for every containment feature. */
	public static List<NewChild> newChildren(EditingDomain domain, EObject owner) {
		List<NewChild> children = new ArrayList<>();
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			if (descriptor instanceof CommandParameter parameter && parameter.getEValue() != null
					&& parameter.getEStructuralFeature() != null) {
				children.add(new NewChild(parameter.getEStructuralFeature(), parameter.getEValue()));
			}
		}
		return children;
	}

	/** Creates {@code child} in {@code owner}. */
	public static Command createChild(EditingDomain domain, EObject owner, NewChild child) {
		Command create = CreateChildCommand.create(domain, owner,
				new CommandParameter(owner, child.feature(), child.child()), List.of(owner));
		return labelled("New " + title(child.child().eClass().getName()), create);
	}

	/** Sets one feature; for a many-valued feature, {@code value} is the whole new list. */
	public static Command set(EditingDomain domain, EObject object, EStructuralFeature feature, Object value) {
		return labelled("Set " + ModelLabels.humanise(feature.getName()) + " of " + ModelLabels.nameOf(object),
				SetCommand.create(domain, object, feature, value));
	}

	/** Deletes the objects and every reference to them (flows' ends, boundary memberships...). */
	public static Command delete(EditingDomain domain, Collection<? extends EObject> objects) {
		String what = objects.size() == 1 ? ModelLabels.nameOf(objects.iterator().next()) : objects.size() + " objects";
		return labelled("Delete " + what, DeleteCommand.create(domain, objects));
	}

	/**
	 * Makes the elements members of {@code target} and of no other boundary (a model element sits in one
	 * boundary; the boundaries themselves nest).
	 */
	public static Command moveIntoBoundary(EditingDomain domain, Collection<? extends Element> elements,
			TrustBoundary target) {
		CompoundCommand move = new CompoundCommand();
		EReference members = TwPackage.Literals.TRUST_BOUNDARY__MEMBERS;
		SystemModel model = target.eContainer() == null ? null : modelOf(target);
		List<Element> toAdd = new ArrayList<>();
		for (Element element : elements) {
			if (model != null) {
				for (TrustBoundary boundary : allBoundaries(model)) {
					if (boundary != target && boundary.getMembers().contains(element)) {
						move.append(RemoveCommand.create(domain, boundary, members, element));
					}
				}
			}
			if (!target.getMembers().contains(element)) {
				toAdd.add(element);
			}
		}
		if (!toAdd.isEmpty()) {
			move.append(AddCommand.create(domain, target, members, toAdd));
		}
		String what = elements.size() == 1 ? ModelLabels.nameOf(elements.iterator().next()) : elements.size() + " elements";
		return labelled("Move " + what + " into " + ModelLabels.nameOf(target), move);
	}

	/** Every trust boundary of the model, nested ones included, in containment order. */
	public static List<TrustBoundary> allBoundaries(SystemModel model) {
		List<TrustBoundary> all = new ArrayList<>();
		collect(model.getBoundaries(), all);
		return all;
	}

	private static void collect(List<TrustBoundary> boundaries, List<TrustBoundary> into) {
		for (TrustBoundary boundary : boundaries) {
			into.add(boundary);
			collect(boundary.getBoundaries(), into);
		}
	}

	private static SystemModel modelOf(EObject object) {
		EObject top = object;
		while (top.eContainer() != null) {
			top = top.eContainer();
		}
		return top instanceof SystemModel model ? model : null;
	}

	/** {@code dataFlow} as "Data flow". */
	public static String title(String identifier) {
		String words = ModelLabels.humanise(identifier);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static Command labelled(String label, Command command) {
		return new CommandWrapper(label, label, command);
	}
}
