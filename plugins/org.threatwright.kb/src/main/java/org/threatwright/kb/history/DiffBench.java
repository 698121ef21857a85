package org.threatwright.kb.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.synthetic.SyntheticEdits;

/**
 * Times the semantic diff of two baselines: the model is published and baselined as v1, edited at random
 * ({@link SyntheticEdits}), published and baselined as v2; then reading both baselines from the store and diffing
 * them is timed over several runs. For docs/performance.md; it asserts nothing.
 */
public final class DiffBench {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final List<RuleDescriptor> RULES = BuiltInRules.all().stream().map(RuleDescriptors::of).toList();

    private final SystemModel model;
    private final int edits;
    private final int runs;
    private final long seed;
    private final PrintWriter out;

    public DiffBench(SystemModel model, int edits, int runs, long seed, PrintWriter out) {
        if (edits < 0 || runs < 1) {
            throw new IllegalArgumentException("edits must be 0 or more and runs 1 or more");
        }
        this.model = model;
        this.edits = edits;
        this.runs = runs;
        this.seed = seed;
        this.out = out;
    }

    /** Runs the benchmark on {@code store} (closed afterwards). */
    public void run(KnowledgeStore store) throws IOException {
        try (ProductKnowledge kb = ProductKnowledge.in(store, "bench")) {
            long t = System.nanoTime();
            baseline(kb, "v1");
            SyntheticEdits editor = new SyntheticEdits(model, seed);
            for (int i = 0; i < edits; i++) {
                editor.next(false);
            }
            baseline(kb, "v2");
            out.printf("setup (analysis, publication and baseline, twice; untimed here): %d ms; store %s%n",
                    (System.nanoTime() - t) / 1_000_000, kb.describe());
            Baselines baselines = new Baselines(kb.store(), model.getId());
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] cpu = new long[runs];
            long[] read = new long[runs];
            long[] diffed = new long[runs];
            HistoryDiff diff = null;
            for (int i = -1; i < runs; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long a = System.nanoTime();
                StoredBaseline v1 = baselines.stored("v1");
                StoredBaseline v2 = baselines.stored("v2");
                long b = System.nanoTime();
                diff = new SemanticDiff(v1, v2).diff();
                long c = System.nanoTime();
                if (i == -1) {
                    out.printf("baselines: %s statements (v1 parts), %s (v2)%n", baselines.get("v1").parts(), baselines.get("v2").parts());
                } else {
                    read[i] = (b - a) / 1_000_000;
                    cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
                    diffed[i] = (c - b) / 1_000_000;
                }
            }
            long[] total = new long[runs];
            for (int i = 0; i < runs; i++) {
                total[i] = read[i] + diffed[i];
            }
            Arrays.sort(read);
            Arrays.sort(cpu);
            Arrays.sort(diffed);
            Arrays.sort(total);
            out.printf("diff v1 → v2 after %d random edits: %d changes in %d sections%n", edits, diff.changeCount(), diff.sections().size());
            out.printf("find both baselines (manifest queries): median %d ms, best %d ms%n", read[runs / 2], read[0]);
            out.printf("semantic diff (digests of both, then only the changed subjects read): median %d ms, best %d ms%n",
                    diffed[runs / 2], diffed[0]);
            out.printf("total: median %d ms, best %d ms, worst %d ms over %d runs after one warm-up%n", total[runs / 2],
                    total[0], total[runs - 1], runs);
            out.printf("CPU time of the diffing thread (what a loaded machine does not inflate): median %d ms, best %d ms%n",
                    cpu[runs / 2], cpu[0]);
        }
    }

    private void baseline(ProductKnowledge kb, String name) throws IOException {
        ThreatRegister register = ThreatRegister.of(model, DAY, new ThreatAnalysis(model, BuiltInRules.all(), DAY).run(), List.of(),
                List.of(), Map.of());
        kb.publish(model, register, RULES, null);
        new Baselines(kb.store(), model.getId()).create(new NewBaseline(name, name, "bench", "synthetic.tw",
                ModelFiles.serialize(model), null));
    }
}
