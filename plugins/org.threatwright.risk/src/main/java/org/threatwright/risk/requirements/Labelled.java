package org.threatwright.risk.requirements;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Lookup of an enum constant by its label, with an error that lists the labels. */
final class Labelled {

    private Labelled() {
    }

    interface HasLabel {
        String label();
    }

    static <E extends Enum<E> & HasLabel> E of(Class<E> type, String label, String what) {
        for (E value : type.getEnumConstants()) {
            if (value.label().equals(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("not " + what + ": '" + label + "' (expected "
                + Arrays.stream(type.getEnumConstants()).map(HasLabel::label).collect(Collectors.joining(", ")) + ")");
    }
}
