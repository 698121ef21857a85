package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.ImportResult;
import org.threatwright.interchange.api.Importers;
import org.threatwright.interchange.api.Unmapped;
import org.threatwright.interchange.cyclonedx.CycloneDxImporter;
import org.threatwright.interchange.triage.ThreatMatcher;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.TriageStore;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.AtomicFiles;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.validation.ModelProblem;
import org.threatwright.model.validation.ModelValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright import FORMAT FILE -o MODEL}: reads another tool's model into a Threatwright model file. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Imports an OTM (JSON/YAML), Threat Dragon (v1/v2), Threat Modeling Tool (.tm7) or Threagile model into",
				"a new model file, or a CycloneDX SBOM (JSON/XML) into an element of an existing one (--into).",
				"Prints what was imported and everything that could not be mapped; threats the file marks mitigated or",
				"not applicable become triage decisions where they match one finding (see docs/interchange.md).",
				"Nothing is written when the file cannot be read." })
final class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FORMAT", description = "otm, threatdragon, tm7, threagile or cyclonedx.")
	String format;

	@Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
	Path file;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "MODEL",
			description = "The model file to write (for cyclonedx: the existing model to add to).")
	Path output;

	@Option(names = "--into", paramLabel = "ELEMENT-ID", description = "cyclonedx only: the element whose components the SBOM lists.")
	String into;

	@Option(names = "--report", paramLabel = "FILE.json", description = "Also write the import report as JSON.")
	Path report;

	@Option(names = "--force", description = "Overwrite an existing MODEL.")
	boolean force;

	@Option(names = "--by", paramLabel = "NAME", description = "Who imported decisions are recorded as made by (default: the user name).")
	String by = System.getProperty("user.name");

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ImportFormat importFormat;
		try {
			importFormat = ImportFormat.ofCliName(format);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), e.getMessage());
		}
		boolean sbom = importFormat == ImportFormat.CYCLONEDX;
		if (sbom && into == null) {
			throw new ParameterException(spec.commandLine(), "cyclonedx needs --into ELEMENT-ID (the element the SBOM describes)");
		}
		if (!sbom && into != null) {
			throw new ParameterException(spec.commandLine(), "--into is for cyclonedx only");
		}
		if (!sbom && Files.exists(output) && !force) {
			err.println(output + ": exists; not overwritten (use --force to replace it)");
			return ExitCode.FAILED;
		}
		ImportResult result;
		try {
			if (sbom) {
				SystemModel base = ModelInput.loadOrReport(output, err);
				if (base == null) {
					return ExitCode.UNREADABLE;
				}
				result = new CycloneDxImporter().read(file, base, into);
			} else {
				result = Importers.of(importFormat).read(file);
			}
		} catch (ImportException e) {
			err.println(e.getMessage());
			err.println(file + ": not imported; nothing was written");
			return ExitCode.UNREADABLE;
		}
		SystemModel model = result.model();
		ModelValidator validator = new ModelValidator(model);
		ModelFiles.save(model, output);
		List<Unmapped> unmapped = new ArrayList<>(result.unmapped());
		int decided = 0;
		if (!result.threats().isEmpty()) {
			if (validator.isValid()) {
				decided = recordDecisions(result, importFormat, unmapped, err);
			} else {
				result.threats().forEach(t -> unmapped.add(new Unmapped(file.toString(), t.place(), "threat '" + t.title() + "'",
						"the imported model has errors, so it was not analysed")));
			}
		}
		printSummary(out, model, unmapped, decided, validator);
		if (report != null) {
			AtomicFiles.write(report, Json.toBytes(reportJson(model, unmapped, decided, validator)));
		}
		return validator.isValid() ? ExitCode.OK : ExitCode.FAILED;
	}

	private int recordDecisions(ImportResult result, ImportFormat importFormat, List<Unmapped> unmapped, PrintWriter err) {
		var findings = new ThreatAnalysis(result.model(), BuiltInRules.all(), LocalDate.now()).run().findings();
		ThreatMatcher.Matches matches = new ThreatMatcher(findings, file.toString(), importFormat.cliName(), by, Instant.now())
				.match(result.threats());
		unmapped.addAll(matches.unmatched());
		if (matches.decisions().isEmpty()) {
			return 0;
		}
		try (ProductKnowledge kb = knowledge.open(output)) {
			TriageStore triage = kb.triage(result.model().getId());
			for (TriageDecision decision : matches.decisions()) {
				triage.record(decision);
			}
			return matches.decisions().size();
		} catch (StoreException | IllegalArgumentException e) {
			err.println(output + ": error: the model was written, but its triage decisions were not: " + e.getMessage());
			return 0;
		}
	}

	private void printSummary(PrintWriter out, SystemModel model, List<Unmapped> unmapped, int decided, ModelValidator validator) {
		out.println(file + " -> " + output + ": " + counts(model));
		if (decided > 0) {
			out.println(decided + " triage decision(s) recorded from the file's threats");
		}
		for (ModelProblem problem : validator.errors()) {
			out.println(output + ": " + problem);
		}
		out.println(ValidateCommand.plural(unmapped.size(), "item") + " not mapped:");
		unmapped.forEach(u -> out.println("  " + u.place() + ": " + u.what() + ": " + u.why()));
	}

	static Map<String, Integer> countsMap(SystemModel model) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		int boundaries = 0;
		int components = 0;
		for (var it = model.eAllContents(); it.hasNext();) {
			Object next = it.next();
			if (next instanceof org.threatwright.model.TrustBoundary) {
				boundaries++;
			} else if (next instanceof org.threatwright.model.Component) {
				components++;
			}
		}
		counts.put("elements", model.getElements().size());
		counts.put("flows", model.getFlows().size());
		counts.put("boundaries", boundaries);
		counts.put("dataAssets", model.getDataAssets().size());
		counts.put("components", components);
		counts.put("suppliers", model.getSuppliers().size());
		return counts;
	}

	private static String counts(SystemModel model) {
		StringBuilder text = new StringBuilder();
		countsMap(model).forEach((name, count) -> text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(name));
		return text.toString();
	}

	private Map<String, Object> reportJson(SystemModel model, List<Unmapped> unmapped, int decided, ModelValidator validator) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", file.toString());
		json.put("format", format);
		json.put("model", output.toString());
		json.put("counts", countsMap(model));
		json.put("triageDecisions", decided);
		json.put("validationErrors", validator.errors().stream().map(ModelProblem::toString).toList());
		json.put("unmapped", unmapped.stream().map(u -> Map.of("place", u.place(), "what", u.what(), "why", u.why())).toList());
		return json;
	}
}
