package org.threatwright.risk.requirements;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the findings of one rule become a security requirement: a title and a text in plain words, the catalogue
 * clauses the requirement serves, and its granularity.
 *
 * @param ruleId  the rule
 * @param title   one line; in a per-element template it may name the element as {@value #ELEMENT}
 * @param text    the requirement; in a per-element template it may name the element as {@value #ELEMENT}
 * @param scope   one requirement per rule, or one per element the rule's findings are about
 * @param clauses catalogue clauses as {@code <catalogue>/<notation>} ({@code iotsf/2.4.3.24},
 *                {@code etsi-en-303-645/5.5-1}); {@link #clauseIris()} gives their IRIs
 */
public record RequirementTemplate(String ruleId, String title, String text, Scope scope, List<String> clauses) {

    /** Placeholder for the name of the element a per-element requirement is about. */
    public static final String ELEMENT = "{element}";

    /** Where catalogue clause IRIs live: {@code <base><catalogue>/<notation>}. */
    public static final String CLAUSE_BASE = "https://threatwright.org/catalogue/";

    private static final Pattern CLAUSE = Pattern.compile("[a-z0-9.-]+/[A-Za-z0-9.-]+");

    /** Granularity of the derived requirements. */
    public enum Scope {
        /** One requirement for the product, linked to all findings of the rule that need one. */
        RULE,
        /** One requirement per primary subject of the rule's findings. */
        ELEMENT;

        public static Scope ofLabel(String label) {
            try {
                return valueOf(label.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a template scope: '" + label + "' (expected rule or element)", e);
            }
        }
    }

    public RequirementTemplate {
        Objects.requireNonNull(ruleId, "ruleId");
        title = Texts.require(title, ruleId + ": the template title");
        text = Texts.require(text, ruleId + ": the template text");
        Objects.requireNonNull(scope, ruleId + ": scope");
        clauses = List.copyOf(clauses == null ? List.of() : clauses);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException(ruleId + ": a template names at least one catalogue clause");
        }
        for (String clause : clauses) {
            if (!CLAUSE.matcher(clause).matches()) {
                throw new IllegalArgumentException(ruleId + ": clause '" + clause
                        + "' is not <catalogue>/<notation>, e.g. iotsf/2.4.3.24");
            }
        }
        if (scope == Scope.RULE && (title.contains(ELEMENT) || text.contains(ELEMENT))) {
            throw new IllegalArgumentException(ruleId + ": only a per-element template may name " + ELEMENT);
        }
    }

    /** The IRIs of {@link #clauses}. */
    public List<String> clauseIris() {
        return clauses.stream().map(clause -> CLAUSE_BASE + clause).toList();
    }

    /** The title for a requirement about the element named {@code elementName} (ignored for per-rule templates). */
    public String titleFor(String elementName) {
        return fill(title, elementName);
    }

    /** The text for a requirement about the element named {@code elementName} (ignored for per-rule templates). */
    public String textFor(String elementName) {
        return fill(text, elementName);
    }

    private static String fill(String template, String elementName) {
        return template.replace(ELEMENT, elementName == null || elementName.isEmpty() ? "(unnamed element)" : elementName);
    }
}
