package org.threatwright.kb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.model.SystemModel;

/** Analyses a model and publishes it, for the knowledge-base tests. */
public final class Publications {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    public static final List<RuleDescriptor> RULE_SET = BuiltInRules.all().stream().map(RuleDescriptors::of).toList();

    private Publications() {
    }

    public static ThreatRegister register(SystemModel model) {
        return ThreatRegister.of(model, DAY, new ThreatAnalysis(model, BuiltInRules.all(), DAY).run(), List.of(), List.of(),
                Map.of());
    }

    public static void publish(ProductKnowledge knowledge, SystemModel model) {
        knowledge.publish(model, register(model), RULE_SET, Instant.parse("2026-11-23T10:00:00Z"));
    }
}
