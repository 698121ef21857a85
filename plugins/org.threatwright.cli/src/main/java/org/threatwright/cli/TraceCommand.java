package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.StoreException;
import org.threatwright.kb.trace.TraceRecords.ClauseTrace;
import org.threatwright.kb.trace.TraceRecords.ElementTrace;
import org.threatwright.kb.trace.TraceRecords.Gaps;
import org.threatwright.kb.trace.TraceRecords.TracedClause;
import org.threatwright.kb.trace.TraceRecords.TracedRecord;
import org.threatwright.kb.trace.Traceability;
import org.threatwright.model.SystemModel;
import org.threatwright.model.validation.ModelValidator;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright trace FILE (--element X | --clause C:N | --gaps)}: traceability through the model's knowledge
 * base. The current analysis of FILE is published to the knowledge base first unless the published one was made
 * today from the file as it is now (same modification time), so the answer always matches the model on disk.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
		description = { "Traces an element to its findings, risks, requirements, controls and catalogue clauses, a clause to",
				"its requirements, controls and evidence, or lists the gaps. Publishes FILE's current analysis to the",
				"knowledge base first when the published one is older than FILE or not from today." })
final class TraceCommand implements Callable<Integer> {

	enum Format {
		TEXT, JSON
	}

	static final class What {
		@Option(names = "--element", paramLabel = "ID|NAME", description = "An element's id or exact name.")
		String element;

		@Option(names = "--clause", paramLabel = "CATALOGUE:NOTATION", description = "A catalogue clause, e.g. iotsf:2.4.3.24.")
		String clause;

		@Option(names = "--gaps", description = "Risks without requirement, requirements without verification, clauses without evidence.")
		boolean gaps;
	}

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@ArgGroup(exclusive = true, multiplicity = "1")
	What what;

	@Option(names = "--catalogue", paramLabel = "C", description = "With --gaps: only this catalogue's clauses (e.g. iotsf, zvei-hpr).")
	String catalogue;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
	Format format;

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String[] clause = what.clause == null ? null : splitClause(what.clause);
		SystemModel model = ModelInput.loadOrReport(file, err);
		if (model == null) {
			return ExitCode.UNREADABLE;
		}
		if (!new ModelValidator(model).isValid()) {
			err.println(file + ": the model has errors; run 'threatwright validate " + file + "'");
			return ExitCode.FAILED;
		}
		try (ProductKnowledge kb = knowledge.open(file)) {
			Map<String, TriageDecision> decisions = KnowledgeOptions.triage(kb, file, model.getId(), err).decisions();
			LocalDate today = LocalDate.now();
			AnalysisPublication.ifStale(kb, file, model, today,
					() -> new ThreatAnalysis(model, BuiltInRules.all(), today).run(), decisions, err);
			Traceability trace = kb.traceability(model.getId());
			if (what.element != null) {
				return element(trace.traceElement(what.element), out, err);
			}
			if (clause != null) {
				return clause(trace.traceClause(clause[0], clause[1]), out, err);
			}
			return gaps(trace.gaps(catalogue), out);
		} catch (IOException | StoreException | IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
	}

	private String[] splitClause(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			throw new ParameterException(spec.commandLine(), "--clause: expected CATALOGUE:NOTATION (e.g. iotsf:2.4.3.24), was " + text);
		}
		return new String[] { text.substring(0, colon), text.substring(colon + 1) };
	}

	private int element(List<ElementTrace> traces, PrintWriter out, PrintWriter err) {
		if (traces.isEmpty()) {
			err.println(file + ": no element with the id or name '" + what.element + "'");
			return ExitCode.FAILED;
		}
		if (format == Format.JSON) {
			Json.print(out, traces);
			return ExitCode.OK;
		}
		for (ElementTrace trace : traces) {
			out.println(trace.element().name() + " (" + trace.element().type() + ", " + trace.element().id() + ")");
			out.println("  findings: " + trace.findings().size());
			trace.findings().forEach(f -> out.println("    " + f.severity().toUpperCase(Locale.ROOT) + " " + f.stride() + " "
					+ f.id() + " [" + f.status() + "] " + (f.title() == null ? "" : f.title())));
			records("risks", trace.risks(), out);
			records("requirements", trace.requirements(), out);
			records("controls", trace.controls(), out);
			clauses("clauses", trace.clauses(), out);
		}
		return ExitCode.OK;
	}

	private int clause(Optional<ClauseTrace> trace, PrintWriter out, PrintWriter err) {
		if (trace.isEmpty()) {
			err.println("no clause '" + what.clause + "' in the catalogues of the knowledge base");
			return ExitCode.FAILED;
		}
		if (format == Format.JSON) {
			Json.print(out, trace.get());
			return ExitCode.OK;
		}
		TracedClause c = trace.get().clause();
		out.println(c.catalogue() + " " + c.notation() + (c.label() == null ? "" : ": " + c.label()));
		records("requirements", trace.get().requirements(), out);
		records("controls", trace.get().controls(), out);
		records("evidence", trace.get().evidence(), out);
		return ExitCode.OK;
	}

	private int gaps(Gaps gaps, PrintWriter out) {
		if (format == Format.JSON) {
			Json.print(out, gaps);
			return ExitCode.OK;
		}
		records("risks without requirement", gaps.risksWithoutRequirement(), out);
		records("requirements without verification", gaps.requirementsWithoutVerification(), out);
		clauses("clauses without evidence" + (catalogue == null ? "" : " (" + catalogue + ")"), gaps.clausesWithoutEvidence(), out);
		return ExitCode.OK;
	}

	private static void records(String heading, List<TracedRecord> records, PrintWriter out) {
		out.println("  " + heading + ": " + records.size());
		records.forEach(r -> out.println("    " + (r.identifier() == null ? r.iri() : r.identifier())
				+ (r.title() == null ? "" : "  " + r.title()) + (r.detail() == null ? "" : "  (" + r.detail() + ")")));
	}

	private static void clauses(String heading, List<TracedClause> clauses, PrintWriter out) {
		out.println("  " + heading + ": " + clauses.size());
		clauses.forEach(c -> out.println("    " + c.catalogue() + " " + c.notation() + (c.label() == null ? "" : "  " + c.label())));
	}
}
