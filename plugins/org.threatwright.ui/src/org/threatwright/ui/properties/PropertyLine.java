package org.threatwright.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.threatwright.model.TwPackage;

/**
 * One line of the Properties view: a {@link PropertyRows.Row} and the feature it shows (null for the type
 * line), so that the value can be edited.
 */
public record PropertyLine(EObject object, EStructuralFeature feature, PropertyRows.Row row) {

	/** The lines of {@code object}, in the order of {@link PropertyRows#of}. */
	public static List<PropertyLine> of(EObject object) {
		List<PropertyLine> lines = new ArrayList<>();
		List<PropertyRows.Row> rows = PropertyRows.of(object);
		if (rows.isEmpty()) {
			return lines;
		}
		lines.add(new PropertyLine(object, null, rows.get(0)));
		List<EStructuralFeature> features = object.eClass().getEAllStructuralFeatures();
		for (int i = 0; i < features.size(); i++) {
			lines.add(new PropertyLine(object, features.get(i), rows.get(i + 1)));
		}
		return lines;
	}

	/**
	 * Why {@code text} cannot be the new value of this attribute ("'2027-13-01' is not a valid Date
	 * (YYYY-MM-DD)"), or null if it can; for references and enumerations (chosen from a list), always null.
	 */
	public String problemWith(String text) {
		return feature instanceof EAttribute attribute ? PropertyEditing.problemOf(attribute.getEAttributeType(), text)
				: null;
	}

	/**
	 * Whether the value can be edited here: single-valued attributes and references to other objects. Ids
	 * never change (threats and decisions are keyed by them); lists and contained objects are edited in the
	 * model editor's tree.
	 */
	public boolean editable() {
		if (feature == null || !feature.isChangeable() || feature.isDerived() || feature.isMany()
				|| feature == TwPackage.Literals.MODEL_ELEMENT__ID) {
			return false;
		}
		if (feature instanceof EReference reference) {
			return !reference.isContainment() && !reference.isContainer();
		}
		return feature instanceof EAttribute;
	}
}
