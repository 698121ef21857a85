package org.threatwright.risk.requirements;

import java.time.Instant;
import java.util.List;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.rules.BuiltInRules;

/** Findings of built-in rules about made-up elements, and attributed changes, for the pure tests. */
public final class Fixtures {

    public static final Change ALICE = new Change("alice", Instant.parse("2026-11-01T10:00:00Z"));
    public static final Change BOB = new Change("bob", Instant.parse("2026-11-02T10:00:00Z"));

    private Fixtures() {
    }

    public static RuleDescriptor rule(String ruleId) {
        return BuiltInRules.all().stream().map(RuleDescriptors::of).filter(d -> d.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no built-in rule " + ruleId));
    }

    /** A finding {@code rule@element} of severity high about the element (named after its id, upper case). */
    public static Finding finding(String ruleId, String elementId) {
        return finding(ruleId, elementId, Severity.HIGH);
    }

    public static Finding finding(String ruleId, String elementId, Severity severity) {
        return new Finding(ruleId + "@" + elementId, rule(ruleId),
                List.of(new ElementRef(elementId, elementId.toUpperCase(java.util.Locale.ROOT), "Device")), severity,
                "because");
    }
}
