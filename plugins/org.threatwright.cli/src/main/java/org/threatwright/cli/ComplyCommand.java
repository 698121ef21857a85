package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.catalogue.CatalogueFormatException;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.compliance.ComplianceCheck;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.compliance.ComplianceReportWriter;
import org.threatwright.kb.requirements.RequirementStore;
import org.threatwright.kb.risk.RiskRdf;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.assessment.RiskAssessor;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.model.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright comply FILE}: the status of every catalogue clause for a valid model, with its evidence. */
@Command(name = "comply", mixinStandardHelpOptions = true,
		description = { "Checks a model and its threat analysis against compliance catalogues (SHACL checks tied to clauses)",
				"and reports every clause: met, not met, not applicable for the class, needs manual evidence, or reserved.",
				"Exit code 1 when an applicable clause is not met, so it can gate a release. See docs/compliance.md." })
final class ComplyCommand implements Callable<Integer> {

	enum Catalogue {
		IOTSF(Catalogues.IOTSF), ZVEI(Catalogues.ZVEI_HPR), ETSI(Catalogues.ETSI_EN_303_645), IEC(Catalogues.IEC_62443_4_1),
		ALL(null);

		final String scheme;

		Catalogue(String scheme) {
			this.scheme = scheme;
		}

		List<String> schemes() {
			return this == ALL ? List.of(Catalogues.IOTSF, Catalogues.ZVEI_HPR, Catalogues.ETSI_EN_303_645, Catalogues.IEC_62443_4_1)
					: List.of(scheme);
		}
	}

	enum Format {
		TEXT, JSON, MD, HTML
	}

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Option(names = "--catalogue", defaultValue = "iotsf", paramLabel = "iotsf|zvei|etsi|iec|all|FILE.json",
			description = { "Catalogue to report on (default: ${DEFAULT-VALUE}), or a NIST OSCAL catalog JSON file of your own.",
					"Only IoTSF and ZVEI have automated checks; clauses without checks need manual evidence." })
	String catalogue;

	@Option(names = "--class", paramLabel = "0..4",
			description = "Assess against this IoTSF compliance class instead of the one the model declares.")
	Integer complianceClass;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json|md|html",
			description = "Report format (default: ${DEFAULT-VALUE}).")
	Format format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
	Path out;

	@Mixin
	KnowledgeOptions knowledge;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Analyse and check as of this date; default: today.")
	LocalDate date;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		CatalogueChoice catalogues;
		try {
			catalogues = CatalogueChoice.resolve(catalogue);
		} catch (CatalogueChoice.UnknownCatalogue e) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--catalogue: " + e.getMessage());
		} catch (IOException | CatalogueFormatException e) {
			err.println("error: " + (e instanceof CatalogueFormatException ? "" : catalogue + ": ") + e.getMessage());
			return ExitCode.UNREADABLE;
		}
		if (complianceClass != null && (complianceClass < 0 || complianceClass > 4)) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--class: must be 0 to 4, was " + complianceClass);
		}
		ModelInput.Checked checked = ModelInput.loadValid(file, err, "checked");
		if (checked.failed()) {
			return checked.exitCode();
		}
		SystemModel model = checked.model();
		LocalDate evaluationDate = date == null ? LocalDate.now() : date;
		AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), evaluationDate).run();
		Map<String, TriageDecision> triage = Map.of();
		// without a knowledge base, the risks are the computed defaults: nobody has judged or treated them yet
		List<Statement> records = RiskRdf.map(model.getId(), RiskMethod.defaultMethod(),
				new RiskAssessor(RiskMethod.defaultMethod(), model, result.findings(), RiskDecisions.none()).assessments());
		if (!knowledge.nothingToRead(file)) {
			try (ProductKnowledge kb = knowledge.open(file)) {
				triage = KnowledgeOptions.triage(kb, file, model.getId(), err).decisions();
				records = recordsOf(kb, model, result);
			} catch (IOException | StoreException | IllegalArgumentException e) {
				err.println("error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			}
		}
		// attack paths and blast radius play no part in the checks, so they are not computed
		ThreatRegister register = ThreatRegister.of(model, evaluationDate, result, List.of(), List.of(), triage);
		ComplianceCheck check = ComplianceCheck.of(model, register).with(records);
		check.catalogues(catalogues.catalogues());
		catalogues.schemes().forEach(check::catalogue);
		if (complianceClass != null) {
			check.complianceClass(complianceClass);
		}
		ComplianceReport report = check.evaluate();
		try {
			write(report);
		} catch (IOException e) {
			err.println((out == null ? "standard output" : out) + ": error: cannot write the report: "
					+ (e.getMessage() == null ? e.toString() : e.getMessage()));
			return ExitCode.UNREADABLE;
		}
		if (out != null) {
			err.println("wrote " + out + " (" + ComplianceReportWriter.summary(report) + ")");
		}
		return report.hasNotMet() ? ExitCode.FAILED : ExitCode.OK;
	}

	/**
	 * What the risk and requirement checks read: the risks of this analysis, assessed now with the project's method
	 * and people's decisions (nothing is written), and the recorded requirements, controls and evidence.
	 */
	private static List<Statement> recordsOf(ProductKnowledge kb, SystemModel model, AnalysisResult result) {
		CurrentRisks risks = CurrentRisks.assess(kb, model, result);
		List<Statement> records = new ArrayList<>(RiskRdf.map(model.getId(), risks.method(), risks.assessed()));
		records.addAll(RequirementStore.of(kb, model.getId()).statements());
		return records;
	}

	private void write(ComplianceReport report) throws IOException {
		StringWriter text = new StringWriter();
		switch (format) {
			case TEXT -> ComplianceReportWriter.writeText(report, text);
			case JSON -> ComplianceReportWriter.writeJson(report, text);
			case MD -> ComplianceReportWriter.writeMarkdown(report, text);
			case HTML -> ComplianceReportWriter.writeHtml(report, text);
		}
		if (out == null) {
			spec.commandLine().getOut().print(text);
			spec.commandLine().getOut().flush();
			return;
		}
		AtomicFiles.write(out, text.toString());
	}
}
