package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.model.SystemModel;

/** Publishing a model and its analysis to the knowledge base from the command line: one way, for every command. */
final class AnalysisPublication {

	/** The descriptors of the built-in rules, which every command-line analysis evaluates. */
	static final List<RuleDescriptor> BUILT_IN_RULES = BuiltInRules.all().stream().map(RuleDescriptors::of).toList();

	private AnalysisPublication() {
	}

	/**
	 * Publishes the model in {@code file} and its analysis as of {@code day} (with attack paths) unless the
	 * knowledge base already holds the analysis of this file version and day; says so on {@code err} when it does.
	 *
	 * @param analysis computed only when a publication is needed
	 */
	static void ifStale(ProductKnowledge knowledge, Path file, SystemModel model, LocalDate day,
			Supplier<AnalysisResult> analysis, Map<String, TriageDecision> triage, PrintWriter err) throws IOException {
		Instant modified = Files.getLastModifiedTime(file).toInstant();
		if (knowledge.isPublished(model.getId(), modified, day)) {
			return;
		}
		ThreatRegister register = ThreatRegister.of(model, day, analysis.get(), TargetPaths.of(model, 5), List.of(), triage);
		knowledge.publish(model, register, BUILT_IN_RULES, modified);
		err.println("published the analysis of " + file + " to the knowledge base " + knowledge.describe());
	}
}
