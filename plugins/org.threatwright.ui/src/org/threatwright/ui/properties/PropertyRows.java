package org.threatwright.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatwright.ui.explorer.ModelLabels;

/**
 * Every attribute and reference of a model object as (feature name, value text) rows, found by EMF
 * reflection so that the Properties view follows the metamodel without being changed with it.
 * References show the names of the objects they point to, never their ids or memory addresses.
 */
public final class PropertyRows {

	/** One row of the Properties view. */
	public record Row(String property, String value) {
	}

	/** The name of the first row, which tells what kind of object is shown. */
	public static final String TYPE = "(type)";

	private PropertyRows() {
	}

	/** The rows of {@code object}: its type first, then its features in metamodel order (inherited first). */
	public static List<Row> of(EObject object) {
		if (object == null) {
			return List.of();
		}
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(TYPE, object.eClass().getName()));
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			rows.add(new Row(feature.getName(), valueText(object, feature)));
		}
		return rows;
	}

	static String valueText(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature.isMany()) {
			Collection<?> values = (Collection<?>) value;
			return values.stream().map(item -> single(feature, item)).collect(Collectors.joining(", "));
		}
		return single(feature, value);
	}

	private static String single(EStructuralFeature feature, Object value) {
		if (value == null) {
			return "";
		}
		if (feature instanceof EReference) {
			return ModelLabels.nameOf((EObject) value);
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		// the same text the model file holds, e.g. ISO dates, so what is shown is what can be searched for
		return EcoreUtil.convertToString(type, value);
	}
}
