package org.threatwright.kb.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.model.SystemModel;

/**
 * The history of one model file in its knowledge base, as the command line and the desktop application both use
 * it: the working model analysed now (with the stored triage decisions), its publication, the snapshot a name stands
 * for, and baselines, diffs and impact built from them. Each call reads the model file's modification time; the
 * caller loads the model and opens (and closes) the knowledge base.
 */
public final class ModelHistory {

    /** The descriptors of the built-in rules, which every history comparison evaluates. */
    public static final List<RuleDescriptor> BUILT_IN_RULES = BuiltInRules.all().stream().map(RuleDescriptors::of).toList();

    private final ProductKnowledge knowledge;
    private final Path modelFile;
    private final SystemModel model;

    /** @param model the model loaded from {@code modelFile} */
    public ModelHistory(ProductKnowledge knowledge, Path modelFile, SystemModel model) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.modelFile = Objects.requireNonNull(modelFile, "modelFile");
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The model analysed today, with the triage decisions of the knowledge base joined. */
    public ThreatRegister analyse(boolean withPaths) {
        LocalDate today = LocalDate.now();
        AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), today).run();
        Map<String, TriageDecision> triage = knowledge.triage(model.getId()).decisions();
        return ThreatRegister.of(model, today, result, withPaths ? TargetPaths.of(model, 5) : List.of(), List.of(), triage);
    }

    /** Publishes the model and its analysis (with attack paths), so that the working graphs are current. */
    public void publish() throws IOException {
        knowledge.publish(model, analyse(true), BUILT_IN_RULES, modified());
    }

    /**
     * The snapshot a name stands for: a baseline, or {@value Baselines#WORKING} for the model file as it is now.
     *
     * @throws BaselineException when there is no baseline of that name
     */
    public SnapshotView snapshot(String name) {
        if (Baselines.WORKING.equals(name)) {
            return WorkingSnapshot.of(knowledge.store(), model, analyse(false), BUILT_IN_RULES);
        }
        return baselines().stored(name);
    }

    /** The model's baselines in its knowledge base. */
    public Baselines baselines() {
        return new Baselines(knowledge.store(), model.getId());
    }

    /**
     * Publishes the model and freezes its working graphs as baseline {@code name}.
     *
     * @param version a version label; null for the model's release
     * @throws BaselineException when a baseline of that name exists (nothing is published then)
     * @throws IllegalArgumentException when the name is not usable
     */
    public BaselineInfo createBaseline(String name, String version, String author) throws IOException {
        NewBaseline request = new NewBaseline(name, version != null ? version : model.getRelease(), author,
                modelFile.getFileName().toString(), Files.readAllBytes(modelFile), modified());
        if (baselines().find(request.name()).isPresent()) {
            throw new BaselineException("baseline '" + request.name() + "' already exists; baselines are never modified:"
                    + " choose another name");
        }
        publish();
        return baselines().create(request);
    }

    /** The semantic difference between two snapshots ({@link #snapshot} names). */
    public HistoryDiff diff(String from, String to) {
        return new SemanticDiff(snapshot(from), snapshot(to)).diff();
    }

    /**
     * What the changes from baseline {@code against} to the working model mean for security, with the diff it was
     * computed from.
     *
     * @param severityThreshold new findings at or above it are reported (e.g. {@code medium})
     */
    public Impact impact(String against, String severityThreshold) {
        SnapshotView before = snapshot(against);
        SnapshotView now = snapshot(Baselines.WORKING);
        HistoryDiff diff = new SemanticDiff(before, now).diff();
        return new Impact(diff, new ChangeImpact(before, now, diff, severityThreshold).report());
    }

    /** An impact report and the diff it was computed from. */
    public record Impact(HistoryDiff diff, ImpactReport report) {
    }

    private Instant modified() throws IOException {
        return Files.getLastModifiedTime(modelFile).toInstant();
    }
}
