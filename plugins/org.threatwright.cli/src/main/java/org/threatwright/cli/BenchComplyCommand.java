package org.threatwright.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.compliance.ComplianceCheck;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.compliance.ComplianceReportWriter;
import org.threatwright.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright bench-comply}: times the compliance check (RDF mapping of model and analysis, SHACL validation,
 * evidence queries, report) on a synthetic model, for docs/performance.md. The threat analysis it needs runs once,
 * untimed. Not a test: it asserts nothing.
 */
@Command(name = "bench-comply", mixinStandardHelpOptions = true,
		description = "Times the SHACL compliance check (IoTSF and ZVEI) on a synthetic model.")
final class BenchComplyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	SyntheticModelOptions synthetic;

	@Option(names = "--runs", defaultValue = "5", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
	int runs;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		SystemModel model = synthetic.generate();
		LocalDate day = LocalDate.of(2026, 11, 23);
		long start = System.nanoTime();
		AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), day).run();
		ThreatRegister register = ThreatRegister.of(model, day, result, List.of(), List.of(), Map.of());
		out.printf("model: %d elements, %d flows (seed %d); analysis (untimed here) %d ms, %d findings; max heap %d MiB%n",
				model.getElements().size(), model.getFlows().size(), synthetic.seed, (System.nanoTime() - start) / 1_000_000,
				result.findings().size(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
		long[] prepare = new long[Math.max(1, runs)];
		long[] shacl = new long[prepare.length];
		long[] prepareCpu = new long[prepare.length];
		long[] shaclCpu = new long[prepare.length];
		// the thread's own CPU time: on a shared machine wall time says as much about the neighbours as about the check
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		ComplianceReport report = null;
		for (int i = -1; i < prepare.length; i++) {
			long t = System.nanoTime();
			long tc = threads.getCurrentThreadCpuTime();
			ComplianceCheck.Prepared prepared = ComplianceCheck.of(model, register).catalogue(Catalogues.IOTSF)
					.catalogue(Catalogues.ZVEI_HPR).prepare();
			long u = System.nanoTime();
			long uc = threads.getCurrentThreadCpuTime();
			report = prepared.evaluate();
			if (i >= 0) {
				prepare[i] = (u - t) / 1_000_000;
				shacl[i] = (System.nanoTime() - u) / 1_000_000;
				prepareCpu[i] = (uc - tc) / 1_000_000;
				shaclCpu[i] = (threads.getCurrentThreadCpuTime() - uc) / 1_000_000;
			}
			out.printf("run %d: mapping %d ms (CPU %d ms), SHACL %d ms (CPU %d ms)%n", i + 1, (u - t) / 1_000_000,
					(uc - tc) / 1_000_000, (System.nanoTime() - u) / 1_000_000, (threads.getCurrentThreadCpuTime() - uc) / 1_000_000);
			out.flush();
		}
		Arrays.sort(prepare);
		Arrays.sort(shacl);
		Arrays.sort(prepareCpu);
		Arrays.sort(shaclCpu);
		out.printf("RDF mapping of model and analysis + graph: median %d ms, best %d ms (thread CPU median %d ms)%n",
				prepare[prepare.length / 2], prepare[0], prepareCpu[prepare.length / 2]);
		out.printf("SHACL compliance evaluation (IoTSF + ZVEI checks, evidence, report): median %d ms, best %d ms over %d runs"
				+ " (thread CPU median %d ms, best %d ms)%n", shacl[shacl.length / 2], shacl[0], shacl.length,
				shaclCpu[shacl.length / 2], shaclCpu[0]);
		out.println(ComplianceReportWriter.summary(report));
		return ExitCode.OK;
	}
}
