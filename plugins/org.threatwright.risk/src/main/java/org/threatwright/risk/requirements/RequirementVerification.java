package org.threatwright.risk.requirements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether each requirement is verified (ZVEI 1.4). The evidence about a requirement is the evidence that verifies it
 * directly plus the evidence that verifies an <em>implemented</em> control implementing it (evidence about a planned
 * control does not count). Of that evidence, the latest conclusive piece decides, by verification date and then by
 * when it was recorded: passed means verified, failed means failed, so failed evidence newer than passing evidence
 * undoes the verification until newer passing evidence is recorded. Inconclusive evidence decides nothing; with no
 * conclusive evidence the requirement is unverified.
 *
 * <p>Complexity: O(e + c) to build for e pieces of evidence and c control links, O(k) per query for the k pieces
 * of evidence about the requirement.
 */
public final class RequirementVerification {

    /** The verification state of a requirement. */
    public enum State {
        VERIFIED("verified"), FAILED("failed"), UNVERIFIED("unverified");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A requirement's state and the evidence that decided it (null when unverified). */
    public record Verification(State state, Evidence decidedBy) {

        public boolean verified() {
            return state == State.VERIFIED;
        }
    }

    private static final Comparator<Evidence> NEWEST_FIRST = Comparator.comparing(Evidence::date)
            .thenComparing(Evidence::recordedAt).thenComparing(Evidence::id).reversed();

    private final Map<String, List<Evidence>> byRequirement = new HashMap<>();
    private final Map<String, List<Evidence>> byControl = new HashMap<>();
    private final Map<String, List<Control>> implementedControls = new HashMap<>();

    public RequirementVerification(Collection<Control> controls, Collection<Evidence> evidence) {
        for (Evidence piece : evidence) {
            piece.requirements().forEach(id -> byRequirement.computeIfAbsent(id, k -> new ArrayList<>()).add(piece));
            piece.controls().forEach(id -> byControl.computeIfAbsent(id, k -> new ArrayList<>()).add(piece));
        }
        for (Control control : controls) {
            if (control.status() == ControlStatus.IMPLEMENTED) {
                control.requirements().forEach(id -> implementedControls.computeIfAbsent(id, k -> new ArrayList<>()).add(control));
            }
        }
    }

    /** Of the book's controls and evidence. */
    public static RequirementVerification of(RequirementBook book) {
        return new RequirementVerification(book.controls(), book.evidence());
    }

    /** The state of the requirement {@code requirementId}. */
    public Verification of(String requirementId) {
        List<Evidence> relevant = new ArrayList<>(byRequirement.getOrDefault(requirementId, List.of()));
        for (Control control : implementedControls.getOrDefault(requirementId, List.of())) {
            relevant.addAll(byControl.getOrDefault(control.id(), List.of()));
        }
        Optional<Evidence> latest = relevant.stream().filter(e -> e.result() != VerificationResult.INCONCLUSIVE)
                .sorted(NEWEST_FIRST).findFirst();
        return latest.map(e -> new Verification(e.result() == VerificationResult.PASSED ? State.VERIFIED : State.FAILED, e))
                .orElse(new Verification(State.UNVERIFIED, null));
    }
}
