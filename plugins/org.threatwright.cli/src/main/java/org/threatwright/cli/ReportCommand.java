package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.AtomicFiles;
import org.threatwright.model.io.SourceLines;
import org.threatwright.report.ReportData;
import org.threatwright.report.ReportFormat;
import org.threatwright.report.ReportInputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright report FILE --format html|pdf|xlsx|sarif|csv -o OUT}: the model's report or an export. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Writes the report of a valid model (HTML or PDF: system diagram, assets, components and suppliers,",
				"threat register, attack paths, risk heat map, requirements and traceability, compliance per clause,",
				"decisions, changes since the last baseline) or an export (XLSX workbook, SARIF 2.1.0, CSV register).",
				"Reads the knowledge base (default: the folder X.kb beside X.tw) and writes nothing to it. See docs/reports.md." })
final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Option(names = "--format", required = true, paramLabel = "html|pdf|xlsx|sarif|csv", description = "What to write.")
	ReportFormat format;

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "OUT",
			description = "The file to write (atomically: it is replaced only when the whole report was produced).")
	Path out;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Analyse as of this date; default: today.")
	LocalDate date;

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		ModelInput.Checked checked = ModelInput.loadValid(file, err, "reported");
		if (checked.failed()) {
			return checked.exitCode();
		}
		SystemModel model = checked.model();
		LocalDate day = date == null ? LocalDate.now() : date;
		ReportData data;
		try {
			if (knowledge.nothingToRead(file)) {
				data = new ReportInputs(model, null, day, Map.of()).collect();
			} else {
				try (ProductKnowledge kb = knowledge.open(file)) {
					Map<String, TriageDecision> triage = KnowledgeOptions.triage(kb, file, model.getId(), err).decisions();
					data = new ReportInputs(model, kb, day, triage).collect();
				}
			}
		} catch (IOException | StoreException | IllegalArgumentException e) {
			err.println(file + ": error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
		byte[] bytes;
		try {
			SourceLines lines = SourceLines.of(file);
			bytes = format.render(data, file.getFileName().toString(), lines::lineOf);
		} catch (IOException | RuntimeException e) {
			err.println(file + ": error: cannot produce the " + format.label() + " report: " + e.getMessage() + " (nothing written)");
			return ExitCode.FAILED;
		}
		try {
			AtomicFiles.write(out, bytes);
		} catch (IOException e) {
			err.println(out + ": error: cannot write the report: " + (e.getMessage() == null ? e : e.getMessage()));
			return ExitCode.UNREADABLE;
		}
		err.println("wrote " + out + " (" + format.label() + ", " + data.threats().findings().size() + " findings)");
		return ExitCode.OK;
	}
}
