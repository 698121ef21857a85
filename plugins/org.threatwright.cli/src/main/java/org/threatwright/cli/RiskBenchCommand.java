package org.threatwright.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.assessment.RiskAssessor;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.risk.register.RiskRegisterWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright bench-risk}: times the risk assessment of every finding of a synthetic model (median and best of
 * several warm runs), and the JSON export of the register, for docs/performance.md. Not a test: it asserts nothing.
 */
@Command(name = "bench-risk", mixinStandardHelpOptions = true,
		description = "Times the risk assessment of every finding of a synthetic model with the default method.")
final class RiskBenchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	SyntheticModelOptions synthetic;

	@Option(names = "--runs", defaultValue = "3", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
	int runs;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		SystemModel model = synthetic.generate();
		LocalDate day = LocalDate.of(2026, 11, 23);
		long start = System.nanoTime();
		List<Finding> findings = new ThreatAnalysis(model, BuiltInRules.all(), day).run().findings();
		out.printf("model: %d elements, %d flows (seed %d); %d findings derived in %d ms; max heap %d MiB%n",
				model.getElements().size(), model.getFlows().size(), synthetic.seed, findings.size(),
				(System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().maxMemory() / (1024 * 1024));
		out.flush();
		RiskMethod method = RiskMethod.defaultMethod();
		List<RiskAssessment> risks = null;
		long[] millis = new long[runs];
		for (int run = -1; run < runs; run++) { // run -1 warms up
			long begin = System.nanoTime();
			risks = new RiskAssessor(method, model, findings, RiskDecisions.none()).assessments();
			if (run >= 0) {
				millis[run] = (System.nanoTime() - begin) / 1_000_000;
			}
		}
		Arrays.sort(millis);
		out.printf("%-45s median %6d ms, best %6d ms over %d runs (%d risks)%n", "risk assessment (every finding)",
				millis[runs / 2], millis[0], runs, risks.size());
		RiskRegister register = RiskRegister.of(model.getName(), model.getRelease(), model.getId(), day, method, risks);
		long begin = System.nanoTime();
		CountingWriter json = new CountingWriter();
		RiskRegisterWriter.writeJson(register, json);
		out.printf("%-45s %6d ms (%d MiB of JSON, streamed)%n", "risk register as JSON", (System.nanoTime() - begin) / 1_000_000,
				json.chars / (1024 * 1024));
		out.flush();
		return ExitCode.OK;
	}

	/** Counts what is written and keeps nothing: the export is timed, not stored. */
	private static final class CountingWriter extends java.io.Writer {
		long chars;

		@Override
		public void write(char[] buffer, int offset, int length) {
			chars += length;
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	}
}
