package org.threatwright.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.interchange.otm.OtmExporter;
import org.threatwright.interchange.threatdragon.ThreatDragonExporter;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright export FORMAT MODEL -o FILE}: writes a model for another tool, or as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Exports a model as OTM JSON, Threat Dragon v2 JSON, or RDF: Turtle and JSON-LD (the model, its analysis",
				"and its triage decisions in one graph) or TriG (the knowledge base's named graphs, catalogues included).",
				"RDF export publishes the current analysis to the knowledge base first (as 'analyze' does).",
				"The file is written atomically." })
final class ExportCommand implements Callable<Integer> {

	/** The export formats. */
	enum Format {
		OTM, THREATDRAGON, TURTLE, JSONLD, TRIG
	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FORMAT", description = "otm, threatdragon, turtle, jsonld or trig.")
	Format format;

	@Parameters(index = "1", paramLabel = "MODEL", description = "A model file (*.tw).")
	Path file;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "The file to write.")
	Path output;

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ModelInput.Checked checked = ModelInput.loadValid(file, err, "exported");
		if (checked.failed()) {
			return checked.exitCode();
		}
		SystemModel model = checked.model();
		byte[] bytes;
		switch (format) {
		case OTM -> bytes = new OtmExporter().write(model);
		case THREATDRAGON -> bytes = new ThreatDragonExporter().write(model);
		default -> {
			try {
				bytes = rdf(model, err);
			} catch (StoreException | IllegalArgumentException e) {
				err.println(file + ": error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			}
		}
		}
		AtomicFiles.write(output, bytes);
		out.println(file + " -> " + output + " (" + format.name().toLowerCase() + ", " + bytes.length + " bytes)");
		return ExitCode.OK;
	}

	private byte[] rdf(SystemModel model, PrintWriter err) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ProductKnowledge kb = knowledge.open(file)) {
			var triage = KnowledgeOptions.triage(kb, file, model.getId(), err).decisions();
			AnalysisPublication.ifStale(kb, file, model, LocalDate.now(),
					() -> new ThreatAnalysis(model, BuiltInRules.all(), LocalDate.now()).run(), triage, err);
			if (format == Format.TRIG) {
				kb.store().read(reader -> {
					reader.export(null, RdfFormat.TRIG, bytes);
					return null;
				});
				return bytes.toByteArray();
			}
			List<Statement> statements = kb.store().read(reader -> {
				List<Statement> all = new ArrayList<>();
				for (String graph : List.of(KnowledgeGraphs.model(model.getId()), KnowledgeGraphs.analysis(model.getId()),
						KnowledgeGraphs.triage(model.getId()))) {
					all.addAll(reader.statements(graph));
				}
				return all;
			});
			try (KnowledgeStore merged = KnowledgeStores.memory()) {
				merged.writeAll(writer -> writer.add(null, statements));
				merged.read(reader -> {
					reader.export(null, format == Format.TURTLE ? RdfFormat.TURTLE : RdfFormat.JSON_LD, bytes);
					return null;
				});
			}
		}
		return bytes.toByteArray();
	}
}
