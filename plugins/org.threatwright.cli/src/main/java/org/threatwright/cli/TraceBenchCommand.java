package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.bench.KnowledgeBench;
import org.threatwright.kb.catalogue.CatalogueConcept;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.trace.Traceability;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.synthetic.SyntheticModels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright trace-bench}: publishes the analysis of a synthetic model to a fresh TDB2 knowledge base and
 * measures the traceability queries, for docs/performance.md.
 */
@Command(name = "trace-bench", mixinStandardHelpOptions = true,
		description = "Publishes a synthetic model's analysis to a fresh TDB2 folder and prints p50/p95 of the traceability queries.")
final class TraceBenchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--elements", defaultValue = "100000", paramLabel = "N", description = "Elements of the synthetic model (default: ${DEFAULT-VALUE}).")
	int elements;

	@Option(names = "--samples", defaultValue = "200", paramLabel = "N", description = "Elements traced (default: ${DEFAULT-VALUE}).")
	int samples;

	@Option(names = "--clauses", defaultValue = "20", paramLabel = "N", description = "Clauses traced (default: ${DEFAULT-VALUE}).")
	int clauses;

	@Option(names = "--folder", paramLabel = "DIR", description = "Where to create the database (default: a temporary folder); deleted afterwards.")
	Path folder;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		Path work = folder != null ? Files.createDirectories(folder).resolve("trace-bench") : Files.createTempDirectory("threatwright-trace-bench");
		try {
			run(work.resolve("kb"), out);
		} finally {
			KnowledgeBench.deleteRecursively(work);
		}
		return ExitCode.OK;
	}

	private void run(Path store, PrintWriter out) {
		LocalDate day = LocalDate.of(2026, 11, 23);
		long start = System.nanoTime();
		SystemModel model = SyntheticModels.generate(elements, 5, 1);
		out.printf(Locale.ROOT, "generated %,d elements, %,d flows in %.1f s%n", model.getElements().size(),
				model.getFlows().size(), seconds(start));
		start = System.nanoTime();
		AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), day).run();
		out.printf(Locale.ROOT, "derived %,d findings in %.1f s%n", result.findings().size(), seconds(start));
		out.flush();
		ThreatRegister register = ThreatRegister.of(model, day, result, List.of(), List.of(), Map.of());
		try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.tdb2(store))) {
			start = System.nanoTime();
			knowledge.publish(model, register, BuiltInRules.all().stream().map(RuleDescriptors::of).toList(), null);
			double publishSeconds = seconds(start);
			long triples = knowledge.store().read(reader -> reader.graphNames().stream().mapToLong(reader::size).sum());
			long analysis = knowledge.store().read(reader -> reader.size(KnowledgeGraphs.analysis(model.getId())));
			out.printf(Locale.ROOT, "published %,d triples (analysis graph %,d) in one transaction in %.1f s (%,.0f triples/s)%n",
					triples, analysis, publishSeconds, triples / publishSeconds);
			out.printf(Locale.ROOT, "heap: max %,d MiB, peak used so far %,d MiB (sum of the heap pools' peaks); process CPU %.1f s%n",
					Runtime.getRuntime().maxMemory() >> 20, peakHeapMiB(), cpuSeconds());
			out.flush();
			measure(knowledge.traceability(model.getId()), model, out);
		}
	}

	private void measure(Traceability trace, SystemModel model, PrintWriter out) {
		Random random = new Random(42);
		List<Element> all = model.getElements();
		Map<String, List<Long>> timings = new LinkedHashMap<>();
		for (int i = 0; i < samples; i++) {
			Element element = all.get(random.nextInt(all.size()));
			String iri = Iris.element(element.getId());
			time(timings, "element by id", () -> trace.elements(element.getId()));
			time(timings, "element by name", () -> trace.elements(element.getName()));
			time(timings, "findings", () -> trace.findings(iri));
			time(timings, "risks", () -> trace.risks(iri));
			time(timings, "requirements", () -> trace.requirements(iri));
			time(timings, "controls", () -> trace.controls(iri));
			time(timings, "clauses", () -> trace.clauses(iri));
		}
		List<CatalogueConcept> requirements = new ArrayList<>(Catalogues.builtIn().requirements(Catalogues.IOTSF));
		requirements.addAll(Catalogues.builtIn().requirements(Catalogues.ZVEI_HPR));
		Collections.shuffle(requirements, random);
		for (CatalogueConcept clause : requirements.subList(0, Math.min(clauses, requirements.size()))) {
			String catalogue = clause.schemeIri().substring(clause.schemeIri().lastIndexOf('/') + 1);
			time(timings, "clause (4 queries)", () -> trace.traceClause(catalogue, clause.notation()));
		}
		for (int i = 0; i < 3; i++) {
			time(timings, "gaps (iotsf)", () -> trace.gaps("iotsf"));
		}
		out.println("query kind               runs     p50 ms   p95 ms   CPU p50 ms");
		timings.forEach((kind, nanos) -> {
			Collections.sort(nanos);
			List<Long> cpu = cpuTimings.get(kind);
			Collections.sort(cpu);
			out.printf(Locale.ROOT, "%-22s %6d %10.2f %8.2f %12.2f%n", kind, nanos.size(), percentile(nanos, 50), percentile(nanos, 95),
					percentile(cpu, 50));
		});
		out.flush();
	}

	private final Map<String, List<Long>> cpuTimings = new LinkedHashMap<>();

	/** Wall time into {@code timings}, the thread's CPU time too (on a shared machine the two differ a lot). */
	private void time(Map<String, List<Long>> timings, String kind, Supplier<?> query) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		query.get();
		timings.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - start);
		cpuTimings.computeIfAbsent(kind, k -> new ArrayList<>()).add(threads.getCurrentThreadCpuTime() - cpu);
	}

	private static double percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private static long peakHeapMiB() {
		long peak = 0;
		for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == java.lang.management.MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak >> 20;
	}

	private static double cpuSeconds() {
		return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
