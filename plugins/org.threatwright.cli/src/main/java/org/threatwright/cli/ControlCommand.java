package org.threatwright.cli;

import java.util.ArrayList;
import java.util.List;

import org.threatwright.risk.requirements.Control;
import org.threatwright.risk.requirements.ControlStatus;
import org.threatwright.risk.requirements.RequirementBook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code threatwright control FILE list|add|link|set-status}: the controls that implement requirements. */
@Command(name = "control", mixinStandardHelpOptions = true,
		description = { "Lists and records the controls of a model: security measures that implement requirements and",
				"mitigate findings, planned or implemented. See docs/requirements.md." },
		subcommands = { ControlCommand.ListControls.class, ControlCommand.Add.class, ControlCommand.Link.class,
				ControlCommand.SetStatus.class })
final class ControlCommand extends RecordsCommand.ModelFileCommand {

	@Override
	String actions() {
		return "list, add, link or set-status";
	}

	/** Options of the commands that change a control's links. */
	static final class Links {
		@Option(names = "--implements", paramLabel = "REQ-ID", description = "A requirement it implements (repeatable).")
		List<String> requirements = new ArrayList<>();

		@Option(names = "--mitigates", paramLabel = "FINDING-ID", description = "A finding of the current analysis it mitigates (repeatable).")
		List<String> mitigates = new ArrayList<>();

		@Option(names = "--clause", paramLabel = "CAT:NOTATION", description = "A catalogue clause it serves (repeatable).")
		List<String> clauses = new ArrayList<>();
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the controls.")
	static final class ListControls extends RecordsCommand {
		@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
		OutputFormat format;

		@Override
		int run(RecordsSession session) {
			RequirementBook book = session.requirements.book();
			if (json(format)) {
				Json.print(out, book.controls().stream().map(RecordViews::json).toList());
			} else if (book.controls().isEmpty()) {
				out.println("no controls yet");
			} else {
				book.controls().forEach(c -> out.println(RecordViews.line(c)));
			}
			return ExitCode.OK;
		}
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a control.")
	static final class Add extends RecordsCommand {
		@Option(names = "--id", paramLabel = "ID", description = "Its id (default: the next CTL-n).")
		String id;

		@Option(names = "--title", required = true, paramLabel = "TEXT", description = "One line.")
		String title;

		@Option(names = "--description", paramLabel = "TEXT", description = "What it is and where.")
		String description;

		@Option(names = "--status", defaultValue = "planned", paramLabel = "planned|implemented", description = "Default: ${DEFAULT-VALUE}.")
		String status;

		@picocli.CommandLine.Mixin
		Links links;

		@Override
		int run(RecordsSession session) {
			ControlStatus controlStatus = ControlStatus.ofLabel(status);
			List<String> clauses = Clauses.resolve(links.clauses);
			Control added = session.requirements.change(book -> book.addControl(id, title, description, controlStatus,
					links.requirements, links.mitigates, clauses, session.findings, change()));
			out.println(added.id() + ": added (" + added.status().label() + ", implements "
					+ RecordViews.join(added.requirements()) + ")");
			return ExitCode.OK;
		}
	}

	@Command(name = "link", mixinStandardHelpOptions = true, description = "Links a control to requirements, findings and clauses.")
	static final class Link extends RecordsCommand {
		@Parameters(paramLabel = "CTL-ID", description = "The control.")
		String id;

		@picocli.CommandLine.Mixin
		Links links;

		@Override
		int run(RecordsSession session) {
			if (links.requirements.isEmpty() && links.mitigates.isEmpty() && links.clauses.isEmpty()) {
				throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --implements, --mitigates or --clause");
			}
			List<String> clauses = Clauses.resolve(links.clauses);
			Control linked = session.requirements.change(book -> book.linkControl(id, links.requirements, links.mitigates,
					clauses, session.findings, change()));
			out.println(linked.id() + ": implements " + RecordViews.join(linked.requirements()) + "; mitigates "
					+ RecordViews.plural(linked.mitigates().size(), "finding"));
			return ExitCode.OK;
		}
	}

	@Command(name = "set-status", mixinStandardHelpOptions = true, description = "Sets whether a control is planned or implemented.")
	static final class SetStatus extends RecordsCommand {
		@Parameters(index = "0", paramLabel = "CTL-ID", description = "The control.")
		String id;

		@Parameters(index = "1", paramLabel = "planned|implemented", description = "Its status.")
		String status;

		@Override
		int run(RecordsSession session) {
			ControlStatus controlStatus = ControlStatus.ofLabel(status);
			Control changed = session.requirements.change(book -> book.setControlStatus(id, controlStatus, change()));
			out.println(changed.id() + ": " + changed.status().label());
			return ExitCode.OK;
		}
	}
}
