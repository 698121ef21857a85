package org.threatwright.kb.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.threatwright.analysis.api.Finding;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreWriter;
import org.threatwright.kb.store.Term;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.assessment.RiskAssessor;
import org.threatwright.risk.assessment.RiskFactors;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.register.RiskRegister;

/**
 * The risks of one model in its knowledge base: people's decisions (method, overrides, treatments) in
 * {@link KnowledgeGraphs#riskDecisions}, the only copy, and the assessed risks in {@link KnowledgeGraphs#risk},
 * replaced as a whole on every publication. Every change is one write transaction that checks the decision against
 * the method before it writes, so a wrong factor, value or method leaves the store as it was.
 *
 * <p>On a remote store two people deciding at the same moment may overwrite each other (as for triage, see
 * docs/knowledge-base.md).
 */
public final class RiskKnowledge {

    private static final String RISK_BY_FINDING = """
            PREFIX tw: <https://threatwright.org/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?risk ?title ?value ?residual ?level ?exceeds ?residualExceeds ?treatment WHERE {
                GRAPH ?graph {
                    ?risk a tw:Risk ; tw:findingId ?findingId ; dcterms:title ?title ; tw:riskValue ?value ;
                        tw:residualRiskValue ?residual ; tw:riskLevel ?level ; tw:exceedsThreshold ?exceeds ;
                        tw:residualExceedsThreshold ?residualExceeds .
                    OPTIONAL { ?risk tw:treatment ?treatment }
                }
            }
            """;

    private final KnowledgeStore store;
    private final String modelId;

    /** The risks of model {@code modelId} in {@code store}. */
    public RiskKnowledge(KnowledgeStore store, String modelId) {
        this.store = Objects.requireNonNull(store, "store");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
    }

    /** The risks of model {@code modelId} in a product's knowledge base. */
    public static RiskKnowledge of(ProductKnowledge knowledge, String modelId) {
        return new RiskKnowledge(knowledge.store(), modelId);
    }

    public String decisionsGraph() {
        return KnowledgeGraphs.riskDecisions(modelId);
    }

    public String riskGraph() {
        return KnowledgeGraphs.risk(modelId);
    }

    /** The stored method and decisions. */
    public RiskDecisionRdf.Stored stored() {
        return store.read(reader -> RiskDecisionRdf.fromStatements(reader.statements(decisionsGraph())));
    }

    /** The project's method, or {@link RiskMethod#defaultMethod()} when none was set. */
    public RiskMethod method() {
        StoredMethod stored = stored().method();
        return stored == null ? RiskMethod.defaultMethod() : stored.method();
    }

    public RiskDecisions decisions() {
        return stored().decisions();
    }

    /**
     * Assesses {@code findings} of {@code model} with the project's method and people's overrides and treatments, as
     * stored (read in one transaction), without writing anything: the risk register the CLI and the desktop
     * application publish and show.
     *
     * @param day the date the findings were derived as of
     */
    public RiskRegister assess(SystemModel model, LocalDate day, List<Finding> findings) {
        RiskDecisionRdf.Stored stored = stored();
        RiskMethod method = methodOf(stored);
        return RiskRegister.of(model.getName(), model.getRelease(), model.getId(), day, method,
                new RiskAssessor(method, model, findings, stored.decisions()).assessments());
    }

    /**
     * Sets the project's method, after checking that every stored override and treatment still fits it.
     *
     * @throws IllegalArgumentException naming the first decision that does not fit; nothing is written then
     */
    public void setMethod(StoredMethod method) {
        store.writeAll(writer -> {
            RiskDecisionRdf.Stored stored = read(writer);
            stored.decisions().overrides().forEach(override -> RiskFactors.check(method.method(), override));
            stored.decisions().treatments().forEach(treatment -> RiskFactors.check(method.method(), treatment));
            write(writer, method, stored.decisions());
        });
    }

    /**
     * Records an override, replacing an earlier one of the same finding and factor.
     *
     * @throws IllegalArgumentException when the factor or value does not fit the method; nothing is written then
     */
    public void override(FactorOverride override) {
        override(List.of(override));
    }

    /**
     * Records overrides in one write transaction, each replacing an earlier one of the same finding and factor.
     *
     * @throws IllegalArgumentException when a factor or value does not fit the method; nothing is written then
     */
    public void override(List<FactorOverride> changes) {
        store.writeAll(writer -> {
            RiskDecisionRdf.Stored stored = read(writer);
            List<FactorOverride> overrides = new java.util.ArrayList<>(stored.decisions().overrides());
            for (FactorOverride override : changes) {
                RiskFactors.check(methodOf(stored), override);
                overrides.removeIf(o -> o.findingId().equals(override.findingId()) && o.factor().equals(override.factor()));
                overrides.add(override);
            }
            write(writer, stored.method(), new RiskDecisions(overrides, stored.decisions().treatments()));
        });
    }

    /**
     * Records a treatment, replacing an earlier one of the same finding.
     *
     * @throws IllegalArgumentException when a residual level is not on the method's scale; nothing is written then
     */
    public void treat(Treatment treatment) {
        treat(List.of(treatment));
    }

    /**
     * Records treatments in one write transaction, each replacing an earlier one of the same finding.
     *
     * @throws IllegalArgumentException when a residual level is not on the method's scale; nothing is written then
     */
    public void treat(List<Treatment> changes) {
        store.writeAll(writer -> {
            RiskDecisionRdf.Stored stored = read(writer);
            List<Treatment> treatments = new java.util.ArrayList<>(stored.decisions().treatments());
            for (Treatment treatment : changes) {
                RiskFactors.check(methodOf(stored), treatment);
                treatments.removeIf(t -> t.findingId().equals(treatment.findingId()));
                treatments.add(treatment);
            }
            write(writer, stored.method(), new RiskDecisions(stored.decisions().overrides(), treatments));
        });
    }

    /**
     * Replaces the risk graph with {@code risks} assessed under {@code method}, in one write transaction. Only the
     * statements that differ are written: re-publishing mostly unchanged risks (every {@code gate} run, one treatment)
     * costs a read of the graph instead of rewriting tens of thousands of statements. The graph ends up the same.
     */
    public void publish(RiskMethod method, List<RiskAssessment> risks) {
        Set<Statement> wanted = new LinkedHashSet<>(RiskRdf.map(modelId, method, risks));
        store.writeAll(writer -> {
            Set<Statement> published = new HashSet<>(writer.statements(riskGraph()));
            boolean blankNodes = published.stream().anyMatch(RiskKnowledge::hasBlankNode);
            if (blankNodes) { // not written here, and a blank node read back cannot be matched: rewrite the graph
                writer.replaceGraph(riskGraph(), wanted);
                return;
            }
            List<Statement> stale = published.stream().filter(statement -> !wanted.contains(statement)).toList();
            List<Statement> added = wanted.stream().filter(statement -> !published.contains(statement)).toList();
            if (!stale.isEmpty()) {
                writer.remove(riskGraph(), stale);
            }
            if (!added.isEmpty()) {
                writer.add(riskGraph(), added);
            }
        });
    }

    private static boolean hasBlankNode(Statement statement) {
        return statement.subject().kind() == Term.Kind.BLANK || statement.object().kind() == Term.Kind.BLANK;
    }

    /** The published risk of {@code findingId} (a parameterised query: the id is a literal, never query text). */
    public Optional<PublishedRisk> published(String findingId) {
        List<QueryRow> rows = store.read(reader -> reader.select(Sparql.of(RISK_BY_FINDING).bindIri("graph", riskGraph())
                .bindLiteral("findingId", findingId)));
        return rows.stream().findFirst().map(row -> new PublishedRisk(findingId, row.value("title"),
                Integer.parseInt(row.value("value")), Integer.parseInt(row.value("residual")), row.value("level"),
                Boolean.parseBoolean(row.value("exceeds")), Boolean.parseBoolean(row.value("residualExceeds")),
                row.get("treatment").map(term -> term.value()).orElse(null)));
    }

    /** The statements of the published risk graph (e.g. for the compliance checks). */
    public List<Statement> riskStatements() {
        return store.read(reader -> reader.statements(riskGraph()));
    }

    private RiskDecisionRdf.Stored read(StoreWriter writer) {
        return RiskDecisionRdf.fromStatements(writer.statements(decisionsGraph()));
    }

    private static RiskMethod methodOf(RiskDecisionRdf.Stored stored) {
        return stored.method() == null ? RiskMethod.defaultMethod() : stored.method().method();
    }

    private void write(StoreWriter writer, StoredMethod method, RiskDecisions decisions) {
        writer.replaceGraph(decisionsGraph(), RiskDecisionRdf.toStatements(modelId, method, decisions));
    }

    /** For callers that set a method at the current time. */
    public static StoredMethod stamped(RiskMethod method, String by) {
        return new StoredMethod(method, by, Instant.now());
    }
}
