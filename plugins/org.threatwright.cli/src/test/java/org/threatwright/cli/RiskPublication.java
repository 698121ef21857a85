package org.threatwright.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

/**
 * Publishes risks into the knowledge base beside a model file, with exactly the statements of the risk data contract,
 * standing in for the risk assessment in the command-line tests.
 */
final class RiskPublication {

	/** One finding's risk: value, residual value and treatment (a local name such as {@code Reduce}, or null). */
	record Rating(int value, int residual, String treatment) {
	}

	static final int THRESHOLD = 3;

	private RiskPublication() {
	}

	/** The findings of the model file as of {@code day}. */
	static List<Finding> findings(Path modelFile, LocalDate day) throws Exception {
		SystemModel model = ModelFiles.load(modelFile);
		return new ThreatAnalysis(model, BuiltInRules.all(), day).run().findings();
	}

	/** Rates every finding of the model and replaces its risk graph. */
	static void publish(Path modelFile, LocalDate day, Function<Finding, Rating> rate) throws Exception {
		SystemModel model = ModelFiles.load(modelFile);
		List<Statement> statements = new ArrayList<>();
		add(statements, Iris.element(model.getId()), TW.NS + "acceptanceThreshold", integer(THRESHOLD));
		for (Finding finding : findings(modelFile, day)) {
			Rating rating = rate.apply(finding);
			String risk = Iris.risk(finding.id());
			add(statements, risk, TW.RDF_TYPE, Term.iri(TW.RISK));
			add(statements, risk, TW.PROV_WAS_DERIVED_FROM, Term.iri(Iris.finding(finding.id())));
			add(statements, risk, TW.FINDING_ID, Term.literal(finding.id()));
			add(statements, risk, TW.DCTERMS_IDENTIFIER, Term.literal(finding.id()));
			add(statements, risk, TW.DCTERMS_TITLE, Term.literal(finding.title()));
			for (ElementRef subject : finding.subjects()) {
				add(statements, risk, TW.AFFECTS, Term.iri(Iris.element(subject.id())));
			}
			add(statements, risk, TW.NS + "riskValue", integer(rating.value()));
			add(statements, risk, TW.NS + "residualRiskValue", integer(rating.residual()));
			add(statements, risk, TW.NS + "exceedsThreshold", bool(rating.value() > THRESHOLD));
			add(statements, risk, TW.NS + "residualExceedsThreshold", bool(rating.residual() > THRESHOLD));
			if (rating.treatment() != null) {
				add(statements, risk, TW.TREATMENT, Term.iri(TW.NS + "Treatment" + rating.treatment()));
			}
		}
		try (ProductKnowledge knowledge = ProductKnowledge.besideModel(modelFile)) {
			knowledge.store().writeAll(writer -> writer.replaceGraph(KnowledgeGraphs.risk(model.getId()), statements));
		}
	}

	private static void add(List<Statement> statements, String subject, String predicate, Term object) {
		statements.add(Statement.of(Term.iri(subject), predicate, object));
	}

	private static Term integer(int value) {
		return Term.typed(Integer.toString(value), TW.XSD_INTEGER);
	}

	private static Term bool(boolean value) {
		return Term.typed(Boolean.toString(value), TW.XSD_BOOLEAN);
	}
}
