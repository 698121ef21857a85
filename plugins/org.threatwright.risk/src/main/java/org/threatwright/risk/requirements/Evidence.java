package org.threatwright.risk.requirements;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

/**
 * Verification evidence (ZVEI 1.4): a test report, review, penetration test or analysis with its result, about
 * requirements, controls or catalogue clauses directly. Evidence is recorded once and never edited: a later
 * verification is a new piece of evidence, so the history stays.
 *
 * @param id           stable id ({@code EV-n} unless given)
 * @param kind         what kind of verification
 * @param result       passed, failed or inconclusive
 * @param date         when the verification was done
 * @param by           who verified
 * @param location     where the evidence itself is kept (an absolute URI); may be null
 * @param summary      one line on what was verified; may be null
 * @param requirements ids of the requirements it verifies
 * @param controls     ids of the controls it verifies
 * @param clauses      IRIs of catalogue clauses it verifies directly
 * @param recordedAt   when it was recorded (orders evidence of the same date)
 */
public record Evidence(String id, EvidenceKind kind, VerificationResult result, LocalDate date, String by,
        String location, String summary, Set<String> requirements, Set<String> controls,
        Set<String> clauses, Instant recordedAt) {

    public Evidence {
        Ids.requirePresent(id, "an evidence");
        Objects.requireNonNull(kind, id + ": kind");
        Objects.requireNonNull(result, id + ": result");
        Objects.requireNonNull(date, id + ": date");
        by = Texts.require(by, id + ": who verified");
        location = Texts.optional(location);
        if (location != null) {
            requireAbsoluteUri(id, location);
        }
        summary = Texts.optional(summary);
        requirements = Requirement.sorted(requirements);
        controls = Requirement.sorted(controls);
        clauses = Requirement.sorted(clauses);
        Objects.requireNonNull(recordedAt, id + ": recordedAt");
        if (requirements.isEmpty() && controls.isEmpty() && clauses.isEmpty()) {
            throw new IllegalArgumentException(id + ": evidence verifies at least one requirement, control or clause");
        }
    }

    private static void requireAbsoluteUri(String id, String location) {
        try {
            if (!new URI(location).isAbsolute()) {
                throw new IllegalArgumentException(id + ": the location '" + location
                        + "' is not an absolute URI (e.g. https://ci.example.com/runs/42 or file:///reports/x.pdf)");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(id + ": the location '" + location + "' is not a URI: " + e.getReason(), e);
        }
    }
}
