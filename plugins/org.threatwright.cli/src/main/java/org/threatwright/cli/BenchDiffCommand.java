package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.threatwright.kb.bench.KnowledgeBench;
import org.threatwright.kb.history.DiffBench;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright bench-diff}: times the semantic diff of two baselines of a synthetic model, for docs/performance.md. */
@Command(name = "bench-diff", mixinStandardHelpOptions = true,
		description = "Baselines a synthetic model, edits it at random, baselines it again and times reading and diffing the two.")
final class BenchDiffCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	SyntheticModelOptions synthetic;

	@Option(names = "--edits", defaultValue = "200", description = "Random edits between the baselines (default: ${DEFAULT-VALUE}).")
	int edits;

	@Option(names = "--runs", defaultValue = "5", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
	int runs;

	@Option(names = "--tdb2", description = "Keep the baselines in a TDB2 folder (a temporary one, deleted afterwards) instead of memory.")
	boolean tdb2;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		SystemModel model = synthetic.generate();
		out.printf("model: %d elements, %d flows (seed %d); max heap %d MiB%n", model.getElements().size(), model.getFlows().size(),
				synthetic.seed, Runtime.getRuntime().maxMemory() / (1024 * 1024));
		DiffBench bench = new DiffBench(model, edits, runs, synthetic.seed, out);
		if (!tdb2) {
			bench.run(KnowledgeStores.memory());
			return ExitCode.OK;
		}
		Path folder = Files.createTempDirectory("threatwright-bench-diff");
		try {
			bench.run(KnowledgeStores.tdb2(folder.resolve("kb")));
		} finally {
			KnowledgeBench.deleteRecursively(folder);
		}
		return ExitCode.OK;
	}
}
