package org.threatwright.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.threatwright.kb.requirements.PublishedRisks;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementDerivation;
import org.threatwright.risk.requirements.RequirementStatus;
import org.threatwright.risk.requirements.RequirementTemplates;
import org.threatwright.risk.requirements.RequirementVerification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code threatwright requirement FILE list|show|derive|add|edit|link|unlink}: the security requirements of a model,
 * kept in its knowledge base (docs/requirements.md).
 */
@Command(name = "requirement", mixinStandardHelpOptions = true,
		description = { "Lists, derives and edits the security requirements of a model (ZVEI 1.2), kept in its knowledge base.",
				"'derive' turns the findings whose risk exceeds the acceptance threshold into requirements through the rules'",
				"templates, keeping every edit. See docs/requirements.md." },
		subcommands = { RequirementCommand.ListRequirements.class, RequirementCommand.Show.class, RequirementCommand.Derive.class,
				RequirementCommand.Add.class, RequirementCommand.Edit.class, RequirementCommand.Link.class,
				RequirementCommand.Unlink.class })
final class RequirementCommand extends RecordsCommand.ModelFileCommand {

	@Override
	String actions() {
		return "list, show, derive, add, edit, link or unlink";
	}

	/** Options of the commands that change links. */
	static final class Links {
		@Option(names = "--finding", paramLabel = "FINDING-ID", description = "A finding of the current analysis (repeatable).")
		List<String> findings = new ArrayList<>();

		@Option(names = "--clause", paramLabel = "CAT:NOTATION", description = "A catalogue clause, e.g. zvei:1.2, iotsf:2.4.3.24 (repeatable).")
		List<String> clauses = new ArrayList<>();
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the requirements with status and verification.")
	static final class ListRequirements extends RecordsCommand {
		@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
		OutputFormat format;

		@Override
		int run(RecordsSession session) {
			RequirementBook book = session.requirements.book();
			RequirementVerification verification = RequirementVerification.of(book);
			if (json(format)) {
				Json.print(out, book.requirements().stream().map(r -> RecordViews.json(r, verification)).toList());
			} else if (book.requirements().isEmpty()) {
				out.println("no requirements yet (derive them: threatwright requirement " + file() + " derive)");
			} else {
				book.requirements().forEach(r -> out.println(RecordViews.line(r, verification)));
			}
			return ExitCode.OK;
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one requirement with its links, controls and evidence.")
	static final class Show extends RecordsCommand {
		@Parameters(paramLabel = "REQ-ID", description = "The requirement.")
		String id;

		@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
		OutputFormat format;

		@Override
		int run(RecordsSession session) {
			RequirementBook book = session.requirements.book();
			Requirement requirement = book.requirement(id);
			if (json(format)) {
				Json.print(out, RecordViews.json(requirement, RequirementVerification.of(book)));
			} else {
				RecordViews.show(out, book, requirement);
			}
			return ExitCode.OK;
		}
	}

	@Command(name = "derive", mixinStandardHelpOptions = true,
			description = { "Assesses the risks of the current analysis (as 'risk' does) and derives requirements for the findings",
					"whose risk exceeds the acceptance threshold.",
					"Existing requirements keep their text, status and links; findings someone unlinked stay unlinked." })
	static final class Derive extends RecordsCommand {
		@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Analyse as of this date; default: today.")
		LocalDate date;

		@Override
		LocalDate analysisDate() {
			return date;
		}

		@Override
		int run(RecordsSession session) throws IOException {
			PublishedRisks risks = session.risks(err);
			RequirementDerivation.Result result = session.requirements.change(book -> book.derive(session.findings,
					risks.needingRequirements(), RequirementTemplates.builtIn(), change()));
			out.println(RecordViews.plural(risks.needingRequirements().size(), "finding") + " with a risk above the acceptance"
					+ " threshold that is not retained or shared; created "
					+ RecordViews.plural(result.created().size(), "requirement") + (result.created().isEmpty() ? "" : ": " + String.join(", ", result.created()))
					+ "; linked new findings to " + RecordViews.plural(result.linked().size(), "requirement")
					+ (result.linked().isEmpty() ? "" : ": " + String.join(", ", result.linked().keySet())));
			return ExitCode.OK;
		}
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a requirement written by hand.")
	static final class Add extends RecordsCommand {
		@Option(names = "--id", paramLabel = "ID", description = "Its id (default: the next REQ-n).")
		String id;

		@Option(names = "--title", required = true, paramLabel = "TEXT", description = "One line.")
		String title;

		@Option(names = "--text", required = true, paramLabel = "TEXT", description = "The requirement in plain words.")
		String text;

		@picocli.CommandLine.Mixin
		Links links;

		@Override
		int run(RecordsSession session) {
			List<String> clauses = Clauses.resolve(links.clauses);
			Requirement added = session.requirements.change(book -> book.addRequirement(id, title, text, links.findings,
					clauses, session.findings, change()));
			out.println(added.id() + ": added (" + RecordViews.plural(added.findings().size(), "finding") + ")");
			return ExitCode.OK;
		}
	}

	@Command(name = "edit", mixinStandardHelpOptions = true, description = "Changes a requirement's title, text or status.")
	static final class Edit extends RecordsCommand {
		@Parameters(paramLabel = "REQ-ID", description = "The requirement.")
		String id;

		@Option(names = "--title", paramLabel = "TEXT", description = "New title.")
		String title;

		@Option(names = "--text", paramLabel = "TEXT", description = "New text.")
		String text;

		@Option(names = "--status", paramLabel = "proposed|approved|withdrawn", description = "New status.")
		String status;

		@Override
		int run(RecordsSession session) {
			if (title == null && text == null && status == null) {
				throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --title, --text or --status");
			}
			RequirementStatus newStatus = status == null ? null : RequirementStatus.ofLabel(status);
			Requirement edited = session.requirements.change(book -> book.editRequirement(id, title, text, newStatus, change()));
			out.println(edited.id() + ": " + edited.status().label() + "  " + edited.title());
			return ExitCode.OK;
		}
	}

	@Command(name = "link", mixinStandardHelpOptions = true, description = "Links a requirement to findings and clauses.")
	static final class Link extends RecordsCommand {
		@Parameters(paramLabel = "REQ-ID", description = "The requirement.")
		String id;

		@picocli.CommandLine.Mixin
		Links links;

		@Override
		int run(RecordsSession session) {
			requireSome(links, spec);
			List<String> clauses = Clauses.resolve(links.clauses);
			Requirement linked = session.requirements.change(book -> book.link(id, links.findings, clauses, session.findings, change()));
			out.println(linked.id() + ": " + RecordViews.plural(linked.findings().size(), "finding") + ", "
					+ RecordViews.plural(linked.clauses().size(), "clause"));
			return ExitCode.OK;
		}
	}

	@Command(name = "unlink", mixinStandardHelpOptions = true,
			description = "Unlinks findings and clauses from a requirement; re-derivation does not link those findings again.")
	static final class Unlink extends RecordsCommand {
		@Parameters(paramLabel = "REQ-ID", description = "The requirement.")
		String id;

		@picocli.CommandLine.Mixin
		Links links;

		@Override
		int run(RecordsSession session) {
			requireSome(links, spec);
			List<String> clauses = Clauses.resolve(links.clauses);
			Requirement unlinked = session.requirements.change(book -> book.unlink(id, links.findings, clauses, session.findings, change()));
			out.println(unlinked.id() + ": " + RecordViews.plural(unlinked.findings().size(), "finding") + ", "
					+ RecordViews.plural(unlinked.clauses().size(), "clause"));
			return ExitCode.OK;
		}
	}

	static void requireSome(Links links, picocli.CommandLine.Model.CommandSpec spec) {
		if (links.findings.isEmpty() && links.clauses.isEmpty()) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one --finding or --clause");
		}
	}
}
