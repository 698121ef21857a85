package org.threatwright.analysis.rules;

import org.threatwright.analysis.api.Explanation;
import org.threatwright.model.ModelElement;
import org.threatwright.model.query.ModelElements;

/**
 * How rules name model objects in an {@link Explanation} written when read: the names and ids are read when
 * the rule fires, and the label writes what {@link ModelElements#kindAndName} would have written then.
 */
public final class Labels {

	private Labels() {
	}

	/** {@link ModelElements#kindAndName} of {@code element}, its values read now. */
	public static KindAndName kindAndName(ModelElement element) {
		return new KindAndName(element.eClass().getName(), element.getName(), element.getId());
	}

	/** {@link ModelElements#kindAndName} written from values read earlier. */
	public static String kindAndName(String kind, String name, String id) {
		return (name == null || name.isBlank() ? kind : kind + " '" + name + "'") + " (" + (id == null ? "no id" : id) + ")";
	}

	/** {@code Device 'Door lock' (id)}, from the kind, name and id an element had when a rule fired. */
	public record KindAndName(String kind, String name, String id) implements Explanation {

		@Override
		public String text() {
			return kindAndName(kind, name, id);
		}
	}
}
