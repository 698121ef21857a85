package org.threatwright.kb.ontology;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.RuleFailure;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.model.SystemModel;

/** Builds threat registers for the mapping tests, without blast radius (the mapping does not carry it yet). */
final class Registers {

    private Registers() {
    }

    static ThreatRegister of(SystemModel model, LocalDate day, List<Finding> findings, List<RuleFailure> failures,
            List<TargetPaths> attackPaths, Map<String, TriageDecision> triage) {
        return of(model.getId(), model.getName(), model.getRelease(), day, findings, failures, attackPaths, triage);
    }

    static ThreatRegister of(String modelId, String product, String release, LocalDate day, List<Finding> findings,
            List<RuleFailure> failures, List<TargetPaths> attackPaths, Map<String, TriageDecision> triage) {
        return new ThreatRegister(modelId, product, release, day, findings, failures, attackPaths, List.of(), triage);
    }
}
