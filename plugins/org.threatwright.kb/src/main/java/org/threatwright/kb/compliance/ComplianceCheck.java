package org.threatwright.kb.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.catalogue.CatalogueConcept;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.compliance.internal.CheckOutcome;
import org.threatwright.kb.compliance.internal.ShaclChecks;
import org.threatwright.kb.ontology.AnalysisToRdf;
import org.threatwright.kb.ontology.ModelToRdf;
import org.threatwright.kb.store.Statement;
import org.threatwright.model.SystemModel;

/**
 * Checks a product release against compliance catalogues: maps the model and its threat register to RDF, runs the
 * SHACL compliance checks ({@link ComplianceShapes}) over them plus the ontology, and reports every clause of the
 * selected catalogues with a status, the evidence and the violations.
 *
 * <pre>{@code
 * ComplianceReport report = ComplianceCheck.of(model, register).catalogue(Catalogues.IOTSF).evaluate();
 * }</pre>
 *
 * A clause is {@link ComplianceStatus#RESERVED reserved} if the catalogue keeps its number without a requirement;
 * {@link ComplianceStatus#NOT_APPLICABLE not applicable} if it is not mandatory for the assessed IoTSF class;
 * {@link ComplianceStatus#NOT_MET not met} if a check of it found a violation; {@link ComplianceStatus#MANUAL needs
 * manual evidence} if it has no check, a check lacks the data it needs, finds nothing to check, or covers only part
 * of the clause; otherwise {@link ComplianceStatus#MET met}. Sections (headings) and informative examples are not
 * clauses and are left out.
 */
public final class ComplianceCheck {

    private final SystemModel model;
    private final ThreatRegister register;
    private final List<String> schemes = new ArrayList<>();
    private Catalogues catalogues = Catalogues.builtIn();
    private ComplianceShapes shapes;
    private Collection<RuleDescriptor> ruleSet;
    private Integer complianceClass;
    private final List<Statement> extra = new ArrayList<>();

    private ComplianceCheck(SystemModel model, ThreatRegister register) {
        this.model = Objects.requireNonNull(model, "model");
        this.register = Objects.requireNonNull(register, "register");
    }

    /**
     * A check of {@code model} with its threat register (whose evaluation date is the date of the check). The model
     * must be valid: every element needs an id.
     */
    public static ComplianceCheck of(SystemModel model, ThreatRegister register) {
        return new ComplianceCheck(model, register);
    }

    /** A check of {@code model} after running the built-in rules on it as of {@code date} (no triage, no paths). */
    public static ComplianceCheck of(SystemModel model, LocalDate date) {
        AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), date).run();
        return new ComplianceCheck(model, ThreatRegister.of(model, date, result, List.of(), List.of(), Map.of()));
    }

    /** Adds a catalogue (scheme IRI, e.g. {@link Catalogues#IOTSF}) to report on; none given means IoTSF only. */
    public ComplianceCheck catalogue(String schemeIri) {
        schemes.add(Objects.requireNonNull(schemeIri, "schemeIri"));
        return this;
    }

    /** The catalogues the clauses come from (default: {@link Catalogues#builtIn()}). */
    public ComplianceCheck catalogues(Catalogues catalogues) {
        this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
        return this;
    }

    /** The checks to run (default: {@link ComplianceShapes#builtIn()}). */
    public ComplianceCheck shapes(ComplianceShapes shapes) {
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        return this;
    }

    /** The rules the analysis evaluated (default: the built-in rules), so the run records all of them. */
    public ComplianceCheck ruleSet(Collection<RuleDescriptor> ruleSet) {
        this.ruleSet = List.copyOf(ruleSet);
        return this;
    }

    /** Assess against this IoTSF class (0 to 4) instead of the one the model declares. */
    public ComplianceCheck complianceClass(int complianceClass) {
        if (complianceClass < 0 || complianceClass > 4) {
            throw new IllegalArgumentException("an IoTSF compliance class is 0 to 4, not " + complianceClass);
        }
        this.complianceClass = complianceClass;
        return this;
    }

    /** More data to check, e.g. risks and security requirements from the knowledge base. */
    public ComplianceCheck with(Collection<Statement> statements) {
        extra.addAll(statements);
        return this;
    }

    /** Runs the checks and reports every clause of the selected catalogues. */
    public ComplianceReport evaluate() {
        return prepare().evaluate();
    }

    /**
     * Maps the model and the analysis to RDF and builds the graph the checks run on, without running them: lets a
     * benchmark time the SHACL evaluation on its own. The statements go straight into the graph as they are mapped.
     * With the built-in checks only what they read of the analysis is mapped ({@link AnalysisToRdf#mapForChecks});
     * checks of one's own ({@link #shapes}) get the whole analysis.
     */
    public Prepared prepare() {
        Collection<RuleDescriptor> rules = ruleSet != null ? ruleSet
                : BuiltInRules.all().stream().map(RuleDescriptors::of).toList();
        ShaclChecks.DataGraph data = ShaclChecks.dataGraph();
        ModelToRdf.map(model, data);
        if (shapes == null || shapes == ComplianceShapes.builtIn()) {
            AnalysisToRdf.mapForChecks(register, rules, data);
        } else {
            AnalysisToRdf.map(register, rules, data);
        }
        extra.forEach(data::accept);
        return new Prepared(data.withOntology());
    }

    /** The data of a check mapped to RDF, ready to be evaluated (possibly more than once). */
    public final class Prepared {

        private final Object graph;

        private Prepared(Object graph) {
            this.graph = graph;
        }

        /** Runs the SHACL checks and the evidence queries and reports every clause of the selected catalogues. */
        public ComplianceReport evaluate() {
            Map<String, CheckOutcome> outcomes = (shapes != null ? shapes : ComplianceShapes.builtIn()).checks()
                    .evaluate((org.apache.jena.graph.Graph) graph);
            int declared = model.getComplianceClass().getValue();
            int assessed = complianceClass != null ? complianceClass : declared;
            ClauseAssessment assessment = new ClauseAssessment(outcomes.values(), assessed);
            List<ClauseResult> clauses = new ArrayList<>();
            for (String scheme : schemes.isEmpty() ? List.of(Catalogues.IOTSF) : schemes) {
                String title = catalogues.scheme(scheme)
                        .orElseThrow(() -> new IllegalArgumentException("no catalogue " + scheme)).title();
                for (CatalogueConcept concept : catalogues.concepts(scheme)) {
                    if (concept.isRequirement() || concept.reserved()) {
                        clauses.add(assessment.assess(title, concept));
                    }
                }
            }
            return new ComplianceReport(model.getName(), model.getRelease(), model.getId(), register.evaluationDate(),
                    assessed, declared, clauses);
        }
    }
}
