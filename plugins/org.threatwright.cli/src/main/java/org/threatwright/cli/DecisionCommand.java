package org.threatwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.catalogue.CatalogueVocabulary;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.decisions.DecisionLog;
import org.threatwright.kb.decisions.DecisionStatus;
import org.threatwright.kb.decisions.DesignDecision;
import org.threatwright.kb.decisions.NewDecision;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatwright decision add|list|show}: design decisions (ADR style) kept with PROV-O in the knowledge base. */
@Command(name = "decision", mixinStandardHelpOptions = true,
		description = "Design decisions with their rationale (context, decision, alternatives, consequences), linked to elements,"
				+ " findings, risks, requirements and catalogue clauses; ids DEC-001... (docs/history.md).",
		subcommands = { DecisionCommand.Add.class, DecisionCommand.ListDecisions.class, DecisionCommand.Show.class })
final class DecisionCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Records a design decision.")
	static final class Add implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
		Path file;
		@Option(names = "--title", required = true, paramLabel = "TEXT", description = "A short title.")
		String title;
		@Option(names = "--context", required = true, paramLabel = "TEXT",
				description = "The forces and the problem that called for a decision: its rationale.")
		String context;
		@Option(names = "--decision", required = true, paramLabel = "TEXT", description = "What was decided.")
		String decision;
		@Option(names = "--alternative", paramLabel = "TEXT", description = "An alternative considered, and why not (repeatable).")
		List<String> alternatives = new ArrayList<>();
		@Option(names = "--consequences", paramLabel = "TEXT", description = "What follows from the decision.")
		String consequences;
		@Option(names = "--status", defaultValue = "accepted", paramLabel = "proposed|accepted", description = "Default: ${DEFAULT-VALUE}.")
		String status;
		@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it was decided (default: today).")
		LocalDate date;
		@Option(names = "--by", paramLabel = "NAME", description = "Who decided (default: the user name).")
		String by = System.getProperty("user.name");
		@Option(names = "--element", paramLabel = "ID", description = "A model element it concerns (repeatable).")
		List<String> elements = new ArrayList<>();
		@Option(names = "--finding", paramLabel = "ID", description = "A finding it concerns (repeatable).")
		List<String> findings = new ArrayList<>();
		@Option(names = "--risk", paramLabel = "ID", description = "A risk it concerns, by its finding id (repeatable).")
		List<String> risks = new ArrayList<>();
		@Option(names = "--requirement", paramLabel = "ID", description = "A security requirement it concerns (repeatable).")
		List<String> requirements = new ArrayList<>();
		@Option(names = "--clause", paramLabel = "CATALOGUE:NOTATION", description = "A catalogue clause it serves, e.g. iotsf:2.4.3.29 (repeatable).")
		List<String> clauses = new ArrayList<>();
		@Option(names = "--supersedes", paramLabel = "DEC-NNN", description = "The decision this one replaces (marked superseded).")
		String supersedes;
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() throws java.io.IOException {
			PrintWriter err = spec.commandLine().getErr();
			NewDecision request;
			try {
				request = new NewDecision(title, context, decision, alternatives, consequences, DecisionStatus.ofLabel(status),
						date == null ? LocalDate.now() : date, by, elements, findings, risks, requirements, clauseIris(), supersedes);
			} catch (IllegalArgumentException e) {
				throw new ParameterException(spec.commandLine(), e.getMessage());
			}
			SystemModel model = ModelInput.loadOrReport(file, err);
			if (model == null) {
				return ExitCode.UNREADABLE;
			}
			Set<String> elementIds = new HashSet<>();
			model.eAllContents().forEachRemaining(o -> {
				if (o instanceof ModelElement e && e.getId() != null) {
					elementIds.add(e.getId());
				}
			});
			elementIds.add(model.getId());
			Set<String> findingIds = findings.isEmpty() ? Set.of()
					: new ThreatAnalysis(model, BuiltInRules.all(), LocalDate.now()).run().findings().stream().map(Finding::id)
							.collect(Collectors.toSet());
			try (ProductKnowledge kb = knowledge.open(file, by)) {
				DesignDecision recorded = new DecisionLog(kb.store(), model.getId()).add(request, elementIds, findingIds);
				spec.commandLine().getOut().println(recorded.id() + ": " + recorded.title() + " (" + recorded.status().label()
						+ (recorded.supersedes() == null ? "" : ", supersedes " + recorded.supersedes()) + ")");
				return ExitCode.OK;
			} catch (StoreException e) {
				err.println(file + ": error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			} catch (IllegalArgumentException e) {
				err.println(file + ": error: " + e.getMessage() + "; nothing was recorded");
				return ExitCode.FAILED;
			}
		}

		private List<String> clauseIris() {
			List<String> iris = new ArrayList<>();
			for (String clause : clauses) {
				int colon = clause.indexOf(':');
				if (colon <= 0 || colon == clause.length() - 1) {
					throw new ParameterException(spec.commandLine(), "--clause: expected CATALOGUE:NOTATION (e.g. iotsf:2.4.3.29), was " + clause);
				}
				String scheme = CatalogueVocabulary.CATALOGUE_BASE + Iris.encodeSegment(clause.substring(0, colon));
				iris.add(Catalogues.builtIn().concept(scheme, clause.substring(colon + 1)).orElseThrow(() -> new ParameterException(
						spec.commandLine(), "--clause: no clause " + clause + " in the built-in catalogues")).iri());
			}
			return iris;
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the model's design decisions.")
	static final class ListDecisions implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
		Path file;
		@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
		OutputFormat format;
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			return knowledge.withModel(file, err, (model, kb) -> {
				List<DesignDecision> all = new DecisionLog(kb.store(), model.getId()).list();
				if (format == OutputFormat.JSON) {
					Json.print(out, all);
				} else {
					all.forEach(d -> out.println(d.id() + "  " + d.status().label() + "  " + d.date() + "  " + d.author() + "  " + d.title()
							+ (d.supersededBy() == null ? "" : "  (superseded by " + d.supersededBy() + ")")));
				}
				return ExitCode.OK;
			});
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one design decision in full.")
	static final class Show implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
		Path file;
		@Parameters(index = "1", paramLabel = "DEC-NNN", description = "The decision.")
		String id;
		@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
		OutputFormat format;
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			return knowledge.withModel(file, err, (model, kb) -> {
				DesignDecision d = new DecisionLog(kb.store(), model.getId()).find(id).orElse(null);
				if (d == null) {
					err.println(file + ": error: no design decision '" + id + "' (list them: threatwright decision list " + file + ")");
					return ExitCode.FAILED;
				}
				if (format == OutputFormat.JSON) {
					Json.print(out, d);
					return ExitCode.OK;
				}
				out.println(d.id() + ": " + d.title());
				out.println("  status:        " + d.status().label() + (d.supersededBy() == null ? "" : " (by " + d.supersededBy() + ")"));
				out.println("  decided:       " + d.date() + " by " + d.author() + " (recorded " + d.recordedAt() + ")");
				line(out, "context", d.context());
				line(out, "decision", d.decision());
				d.alternatives().forEach(a -> line(out, "alternative", a));
				line(out, "consequences", d.consequences());
				line(out, "supersedes", d.supersedes());
				list(out, "elements", d.elements());
				list(out, "findings", d.findings());
				list(out, "risks", d.risks());
				list(out, "requirements", d.requirements());
				list(out, "clauses", d.clauses());
				return ExitCode.OK;
			});
		}

		private static void line(PrintWriter out, String label, String value) {
			if (value != null) {
				out.println(String.format("  %-14s %s", label + ":", value));
			}
		}

		private static void list(PrintWriter out, String label, List<String> values) {
			if (!values.isEmpty()) {
				line(out, label, String.join(", ", values));
			}
		}
	}
}
