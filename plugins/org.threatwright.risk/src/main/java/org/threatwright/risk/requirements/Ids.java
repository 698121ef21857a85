package org.threatwright.risk.requirements;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids of requirements, controls and evidence. Derived requirements are named after their rule
 * ({@code REQ-iot-debug-port-exposed}, or {@code REQ-<rule>@<element id>} for per-element templates); records people
 * add get the next number of their prefix ({@code REQ-1}, {@code CTL-1}, {@code EV-1}): numbers cannot collide with
 * rule ids, which start with a letter.
 */
public final class Ids {

    public static final String REQUIREMENT_PREFIX = "REQ-";
    public static final String CONTROL_PREFIX = "CTL-";
    public static final String EVIDENCE_PREFIX = "EV-";

    private static final Pattern TEXT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    private Ids() {
    }

    /** The id of the requirement a per-rule template derives. */
    public static String ruleRequirement(String ruleId) {
        return REQUIREMENT_PREFIX + ruleId;
    }

    /** The id of the requirement a per-element template derives for one element. */
    public static String elementRequirement(String ruleId, String elementId) {
        return REQUIREMENT_PREFIX + ruleId + "@" + elementId;
    }

    /** {@code prefix} followed by one more than the highest number already used after it. */
    public static String next(String prefix, Collection<String> used) {
        Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "([0-9]{1,9})");
        int highest = 0;
        for (String id : used) {
            Matcher matcher = numbered.matcher(id);
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        return prefix + (highest + 1);
    }

    /** Checks that a record has an id at all (derived ids may hold any character an element id holds). */
    static String requirePresent(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " id is empty");
        }
        return id;
    }

    /**
     * Checks an id someone typed: letters, digits and {@code . _ @ -}, starting with a letter or digit, at most 200
     * characters, so that it reads well in lists and on the command line.
     *
     * @throws IllegalArgumentException naming the id and what is wrong
     */
    public static String requireValid(String id, String what) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(what + " id is empty");
        }
        if (id.length() > 200 || !TEXT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id '" + id
                    + "' may hold only letters, digits and . _ @ - (starting with a letter or digit, at most 200)");
        }
        return id;
    }
}
