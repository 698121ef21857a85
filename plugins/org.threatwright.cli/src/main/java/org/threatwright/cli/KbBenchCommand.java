package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.threatwright.kb.bench.KnowledgeBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright kb-bench}: bulk-load throughput of the TDB2 knowledge base, for docs/performance.md. */
@Command(name = "kb-bench", mixinStandardHelpOptions = true,
		description = "Loads generated triples into fresh TDB2 folders (TDB2 bulk loader, then the store's add) and prints triples/s.")
final class KbBenchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--triples", defaultValue = "1000000", paramLabel = "N", description = "Triples to load (default: ${DEFAULT-VALUE}).")
	long triples;

	@Option(names = "--loader", defaultValue = "sequential", paramLabel = "basic|sequential|phased|parallel",
			description = "TDB2 bulk loader to compare with (default: ${DEFAULT-VALUE}, which like basic is fully transactional).")
	KnowledgeBench.Loader loader;

	@Option(names = "--folder", paramLabel = "DIR",
			description = "Where to create the databases (default: a temporary folder); deleted afterwards.")
	Path folder;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		Path work = folder != null ? Files.createDirectories(folder).resolve("kb-bench") : Files.createTempDirectory("threatwright-kb-bench");
		try {
			new KnowledgeBench(triples, loader, out).run(work);
		} finally {
			KnowledgeBench.deleteRecursively(work);
		}
		return ExitCode.OK;
	}
}
