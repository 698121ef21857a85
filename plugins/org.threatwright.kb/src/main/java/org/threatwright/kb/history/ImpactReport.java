package org.threatwright.kb.history;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a change of the model means before an upgrade ({@link ChangeImpact}): findings that appeared at or above
 * the severity threshold, new and worsened risks (or that no risks are recorded), verification evidence whose
 * verified requirement or control covers an element that changed, design decisions about something that changed,
 * and components whose supplier or support period changed.
 */
public record ImpactReport(String modelId, String against, String severityThreshold, List<ResourceChange> newFindings,
        boolean risksRecorded, List<RiskMove> newRisks, List<RiskMove> worsenedRisks,
        List<InvalidatedVerification> invalidatedVerifications, List<DecisionToReview> decisionsToReview,
        List<ResourceChange> supplyChainChanges) {

    /** Kinds of reasons to review; the CLI's {@code --fail-on} chooses among them. */
    public enum Reason { NEW_FINDINGS, NEW_RISKS, WORSENED_RISKS, INVALIDATED_VERIFICATIONS, DECISIONS, SUPPLY_CHAIN }

    /** A risk that is new or whose value rose: initial and residual values before and after (null: absent). */
    public record RiskMove(String id, String name, Long valueBefore, Long valueAfter, Long residualBefore, Long residualAfter) {
    }

    /** Evidence that no longer proves what it proved: what it verifies, and which covered elements changed. */
    public record InvalidatedVerification(String evidence, String name, String verifies, List<String> changedElements) {
    }

    /** A decision whose linked subjects changed. */
    public record DecisionToReview(String decision, String title, String status, List<String> changedSubjects) {
    }

    public ImpactReport {
        newFindings = List.copyOf(newFindings);
        newRisks = List.copyOf(newRisks);
        worsenedRisks = List.copyOf(worsenedRisks);
        invalidatedVerifications = List.copyOf(invalidatedVerifications);
        decisionsToReview = List.copyOf(decisionsToReview);
        supplyChainChanges = List.copyOf(supplyChainChanges);
    }

    /** The reasons to review this report has. */
    public Set<Reason> reasons() {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (!newFindings.isEmpty()) {
            reasons.add(Reason.NEW_FINDINGS);
        }
        if (!newRisks.isEmpty()) {
            reasons.add(Reason.NEW_RISKS);
        }
        if (!worsenedRisks.isEmpty()) {
            reasons.add(Reason.WORSENED_RISKS);
        }
        if (!invalidatedVerifications.isEmpty()) {
            reasons.add(Reason.INVALIDATED_VERIFICATIONS);
        }
        if (!decisionsToReview.isEmpty()) {
            reasons.add(Reason.DECISIONS);
        }
        if (!supplyChainChanges.isEmpty()) {
            reasons.add(Reason.SUPPLY_CHAIN);
        }
        return reasons;
    }
}
