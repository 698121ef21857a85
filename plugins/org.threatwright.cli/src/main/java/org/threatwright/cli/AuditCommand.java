package org.threatwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.threatwright.kb.audit.AuditEntry;
import org.threatwright.kb.audit.AuditLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatwright audit FILE}: the append-only log of every write to the model's knowledge base. */
@Command(name = "audit", mixinStandardHelpOptions = true,
		description = "Lists the audit log of the model's knowledge base: who wrote what, when, to which graphs (docs/history.md).")
final class AuditCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only entries on or after this day (UTC).")
	LocalDate since;

	@Option(names = "--graph", paramLabel = "IRI", description = "Only entries that touched this graph.")
	String graph;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		return knowledge.withModel(file, err, (model, kb) -> {
			Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
			List<AuditEntry> entries = new AuditLog(kb.store(), model.getId()).entries(from, graph);
			if (format == OutputFormat.JSON) {
				Json.print(out, entries);
				return ExitCode.OK;
			}
			for (AuditEntry entry : entries) {
				out.println(entry.at() + "  " + entry.agent() + "  " + entry.action());
				entry.graphs().forEach(g -> out.println("    " + g.graph() + "  +" + g.added() + " -" + g.removed()));
			}
			return ExitCode.OK;
		});
	}
}
