package org.threatwright.kb.ontology;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.RuleFailure;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.model.SystemModel;

/**
 * Builds threat registers by component name. The register record is growing (a blast radius was being added to
 * it while this bundle was written), and these tests should neither break on that nor pin it: components they
 * do not know get an empty list or map.
 */
final class Registers {

    private Registers() {
    }

    static ThreatRegister of(SystemModel model, LocalDate day, List<Finding> findings, List<RuleFailure> failures,
            List<TargetPaths> attackPaths, Map<String, TriageDecision> triage) {
        return of(model.getId(), model.getName(), model.getRelease(), day, findings, failures, attackPaths, triage);
    }

    static ThreatRegister of(String modelId, String product, String release, LocalDate day, List<Finding> findings,
            List<RuleFailure> failures, List<TargetPaths> attackPaths, Map<String, TriageDecision> triage) {
        Map<String, Object> known = new HashMap<>();
        known.put("modelId", modelId);
        known.put("product", product);
        known.put("release", release);
        known.put("evaluationDate", day);
        known.put("findings", findings);
        known.put("failures", failures);
        known.put("attackPaths", attackPaths);
        known.put("triage", triage);
        RecordComponent[] components = ThreatRegister.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = known.containsKey(components[i].getName()) ? known.get(components[i].getName())
                    : types[i] == List.class ? List.of() : types[i] == Map.class ? Map.of() : null;
        }
        try {
            Constructor<ThreatRegister> canonical = ThreatRegister.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a ThreatRegister: " + e, e);
        }
    }
}
