package org.threatwright.risk.requirements;

/** Checks of the texts people give records. */
final class Texts {

    private Texts() {
    }

    static String require(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return text.strip();
    }

    /** Null or blank becomes null; anything else is stripped. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
