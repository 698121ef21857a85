package org.threatwright.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.threatwright.risk.requirements.Evidence;
import org.threatwright.risk.requirements.EvidenceKind;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.VerificationResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threatwright verify FILE add|list}: verification evidence (ZVEI 1.4). */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = { "Records and lists verification evidence (ZVEI 1.4): test reports, reviews, penetration tests and analyses,",
				"with their result, about requirements, controls or catalogue clauses. See docs/requirements.md." },
		subcommands = { VerifyCommand.Add.class, VerifyCommand.ListEvidence.class })
final class VerifyCommand extends RecordsCommand.ModelFileCommand {

	@Override
	String actions() {
		return "add or list";
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Records a piece of verification evidence.")
	static final class Add extends RecordsCommand {
		@Option(names = "--id", paramLabel = "ID", description = "Its id (default: the next EV-n).")
		String id;

		@Option(names = "--requirement", paramLabel = "REQ-ID", description = "A requirement it verifies (repeatable).")
		List<String> requirements = new ArrayList<>();

		@Option(names = "--control", paramLabel = "CTL-ID", description = "A control it verifies (repeatable).")
		List<String> controls = new ArrayList<>();

		@Option(names = "--clause", paramLabel = "CAT:NOTATION", description = "A catalogue clause it verifies directly (repeatable).")
		List<String> clauses = new ArrayList<>();

		@Option(names = "--kind", required = true, paramLabel = "test-report|review|pen-test|analysis", description = "What kind of verification.")
		String kind;

		@Option(names = "--result", required = true, paramLabel = "passed|failed|inconclusive", description = "Its outcome.")
		String result;

		@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it was verified; default: today.")
		LocalDate date;

		@Option(names = "--location", paramLabel = "URI", description = "Where the evidence is kept (an absolute URI).")
		String location;

		@Option(names = "--summary", paramLabel = "TEXT", description = "One line on what was verified.")
		String summary;

		@Override
		int run(RecordsSession session) {
			if (requirements.isEmpty() && controls.isEmpty() && clauses.isEmpty()) {
				throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --requirement, --control or --clause");
			}
			EvidenceKind evidenceKind = EvidenceKind.ofLabel(kind);
			VerificationResult verificationResult = VerificationResult.ofLabel(result);
			List<String> clauseIris = Clauses.resolve(clauses);
			LocalDate day = date == null ? LocalDate.now() : date;
			Evidence added = session.requirements.change(book -> book.addEvidence(id, evidenceKind, verificationResult, day,
					location, summary, requirements, controls, clauseIris, change()));
			out.println(RecordViews.line(added));
			return ExitCode.OK;
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the verification evidence.")
	static final class ListEvidence extends RecordsCommand {
		@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
		OutputFormat format;

		@Override
		int run(RecordsSession session) {
			RequirementBook book = session.requirements.book();
			if (json(format)) {
				Json.print(out, book.evidence().stream().map(RecordViews::json).toList());
			} else if (book.evidence().isEmpty()) {
				out.println("no verification evidence yet");
			} else {
				book.evidence().forEach(e -> out.println(RecordViews.line(e)));
			}
			return ExitCode.OK;
		}
	}
}
