package org.threatwright.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.threatwright.analysis.engine.IncrementalThreatAnalysis;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.analysis.paths.AttackGraph;
import org.threatwright.analysis.paths.KShortestAttackPaths;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.synthetic.SyntheticEdits;
import org.threatwright.model.validation.ModelValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright bench}: generates a synthetic model and prints how long the core operations take on
 * it (median and best of several warm runs), for docs/performance.md. Not a test: it asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Times validation, full and incremental threat derivation and attack paths on a synthetic model.")
final class BenchCommand implements Callable<Integer> {

	private static final int WARM_UP_EDITS = 30;

	@Spec
	CommandSpec spec;

	@Mixin
	SyntheticModelOptions synthetic;

	@Option(names = "--runs", defaultValue = "5", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
	int runs;

	@Option(names = "--pairs", defaultValue = "100", description = "Entry point × target pairs for attack paths (default: ${DEFAULT-VALUE}).")
	int pairs;

	@Option(names = "--k", defaultValue = "5", description = "Paths per pair (default: ${DEFAULT-VALUE}).")
	int k;

	@Option(names = "--edits", defaultValue = "200", description = "Random single edits re-derived incrementally (default: ${DEFAULT-VALUE}).")
	int edits;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		long start = System.nanoTime();
		SystemModel model = synthetic.generate();
		out.printf("model: %d elements, %d flows (seed %d), generated in %d ms; max heap %d MiB%n", model.getElements().size(),
				model.getFlows().size(), synthetic.seed, (System.nanoTime() - start) / 1_000_000,
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		LocalDate day = LocalDate.of(2026, 11, 23);
		report(out, "validation", () -> new ModelValidator(model).problems().size(), "problems");
		report(out, "full derivation (" + BuiltInRules.all().size() + " rules)",
				() -> new ThreatAnalysis(model, BuiltInRules.all(), day).run().findings().size(), "findings");
		incremental(out, model, day);
		AttackGraph graph = AttackGraph.of(model);
		List<Element[]> chosen = pairs(graph);
		KShortestAttackPaths paths = new KShortestAttackPaths(graph, TrustZones.of(model), k);
		report(out, chosen.size() + " entry×target pairs, k=" + k,
				() -> chosen.stream().mapToInt(pair -> paths.pathsBetween(pair[0], pair[1]).size()).sum(), "paths");
		return ExitCode.OK;
	}

	/**
	 * Times incremental re-derivation: random single edits of the model (seeded), each followed by
	 * {@link IncrementalThreatAnalysis#result()}, reported per kind of edit. Only the re-derivation is timed,
	 * not the edit itself (whose notifications keep the model order, a few microseconds), after
	 * {@value #WARM_UP_EDITS} edits that are not timed. Product-level edits,
	 * which fall back to a full derivation by design, are left out. The model is a copy, so the other lines
	 * measure the generated model unchanged.
	 */
	private void incremental(PrintWriter out, SystemModel original, LocalDate day) {
		SystemModel model = org.eclipse.emf.ecore.util.EcoreUtil.copy(original);
		SyntheticEdits random = new SyntheticEdits(model, synthetic.seed);
		random.hostSome(); // the generator hosts nothing; edits should meet host chains
		long start = System.nanoTime();
		IncrementalThreatAnalysis analysis = new IncrementalThreatAnalysis(model, BuiltInRules.all(), day);
		out.printf("%-45s %6d ms (%d findings)%n", "incremental: first derivation", (System.nanoTime() - start) / 1_000_000,
				analysis.result().findings().size());
		Map<SyntheticEdits.Kind, List<Long>> micros = new EnumMap<>(SyntheticEdits.Kind.class);
		Map<SyntheticEdits.Kind, List<Integer>> focus = new EnumMap<>(SyntheticEdits.Kind.class);
		for (int i = 0; i < WARM_UP_EDITS; i++) { // as the other lines are timed warm
			random.next(false);
			analysis.result();
		}
		int fallbacks = 0;
		for (int i = 0; i < edits; i++) {
			SyntheticEdits.Edit edit = random.next(false);
			long begin = System.nanoTime();
			analysis.result();
			long took = (System.nanoTime() - begin) / 1_000;
			if (analysis.lastUpdate().fullDerivation()) {
				fallbacks++;
			}
			micros.computeIfAbsent(edit.kind(), kind -> new ArrayList<>()).add(took);
			focus.computeIfAbsent(edit.kind(), kind -> new ArrayList<>()).add(analysis.lastUpdate().focusSize());
		}
		analysis.close();
		micros.forEach((kind, times) -> {
			long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
			int[] sizes = focus.get(kind).stream().mapToInt(Integer::intValue).sorted().toArray();
			out.printf("%-45s median %6.1f ms, p95 %6.1f ms, max %6.1f ms (%d edits, focus median %d)%n",
					"incremental: one " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " edit", sorted[sorted.length / 2] / 1000.0,
					sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1000.0,
					sorted[sorted.length - 1] / 1000.0, sorted.length, sizes[sizes.length / 2]);
		});
		out.printf("%-45s %d of %d edits%n", "incremental: fell back to a full derivation", fallbacks, edits);
		out.flush();
	}

	/** The first entry points and targets in model order, paired round robin: deterministic for a seed. */
	private List<Element[]> pairs(AttackGraph graph) {
		List<Element[]> chosen = new ArrayList<>();
		List<Element> entries = graph.entryPoints();
		List<Element> targets = graph.targets();
		for (int i = 0; chosen.size() < pairs && i < entries.size() * targets.size(); i++) {
			Element entry = entries.get(i % entries.size());
			Element target = targets.get((i / entries.size() + i) % targets.size());
			if (entry != target) {
				chosen.add(new Element[] { entry, target });
			}
		}
		return chosen;
	}

	/**
	 * Times {@code work}: wall-clock time, and the process's CPU time and the collectors' pause time over the
	 * same run, which tell apart a slow run from one that waited for a machine shared with other work.
	 */
	private void report(PrintWriter out, String what, Supplier<Integer> work, String unit) {
		int result = work.get(); // warm-up
		long[] millis = new long[runs];
		long[] cpuMillis = new long[runs];
		long[] gcMillis = new long[runs];
		for (int run = 0; run < runs; run++) {
			long cpu = processCpuNanos();
			long gc = gcMillis();
			long start = System.nanoTime();
			result = work.get();
			millis[run] = (System.nanoTime() - start) / 1_000_000;
			cpuMillis[run] = (processCpuNanos() - cpu) / 1_000_000;
			gcMillis[run] = gcMillis() - gc;
		}
		Arrays.sort(millis);
		Arrays.sort(cpuMillis);
		Arrays.sort(gcMillis);
		out.printf("%-45s median %6d ms, best %6d ms over %d runs (%d %s; process CPU median %d ms, best %d ms;"
				+ " GC pauses median %d ms)%n", what, millis[runs / 2], millis[0], runs, result, unit, cpuMillis[runs / 2],
				cpuMillis[0], gcMillis[runs / 2]);
		out.flush();
	}

	/** CPU time of the whole process (all threads, the collector's included), or 0 where the JVM does not tell. */
	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? Math.max(0, os.getProcessCpuTime()) : 0;
	}

	/** Time the garbage collectors have spent so far, in milliseconds. */
	private static long gcMillis() {
		long total = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, collector.getCollectionTime());
		}
		return total;
	}
}
