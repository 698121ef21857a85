package org.threatwright.kb;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.kb.audit.Audit;
import org.threatwright.kb.audit.AuditedKnowledgeStore;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.ontology.AnalysisToRdf;
import org.threatwright.kb.ontology.ModelToRdf;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.BatchedWrites;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreWriter;
import org.threatwright.kb.store.Term;
import org.threatwright.kb.trace.Traceability;
import org.threatwright.model.SystemModel;

/**
 * The knowledge base of one product model: its model and analysis graphs, the built-in catalogues, its triage
 * decisions ({@link #triage}) and traceability over all of it ({@link #traceability}). Graph names are in
 * {@link KnowledgeGraphs}. Closing this closes the store.
 */
public final class ProductKnowledge implements AutoCloseable {

    static final String DCTERMS_MODIFIED = TW.DCTERMS + "modified";
    static final String DCTERMS_DATE = TW.DCTERMS + "date";

    private static final String PUBLICATION = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?modified ?date WHERE { GRAPH ?graph { ?graph dcterms:modified ?modified ; dcterms:date ?date } }
            """;

    private final KnowledgeStore store;

    private ProductKnowledge(KnowledgeStore store, String agent) {
        // every write through this object is audited (issue 6): who, when, which graphs
        this.store = AuditedKnowledgeStore.wrap(Objects.requireNonNull(store, "store"), agent);
    }

    /**
     * The default knowledge base of {@code modelFile}: the TDB2 folder {@code X.kb/} beside {@code X.tw}.
     *
     * @throws org.threatwright.kb.store.StoreException naming the folder when it cannot be used
     */
    public static ProductKnowledge besideModel(Path modelFile) {
        return new ProductKnowledge(KnowledgeStores.besideModel(modelFile), AuditedKnowledgeStore.defaultAgent());
    }

    /** The knowledge base in {@code store} (any back end); it is closed with this object. */
    public static ProductKnowledge in(KnowledgeStore store) {
        return new ProductKnowledge(store, AuditedKnowledgeStore.defaultAgent());
    }

    /** The knowledge base in {@code store}, its writes recorded in the audit log as made by {@code agent}. */
    public static ProductKnowledge in(KnowledgeStore store, String agent) {
        return new ProductKnowledge(store, agent);
    }

    /** The store (its writes audited), for callers that need plain queries; do not close it separately. */
    public KnowledgeStore store() {
        return store;
    }

    /** Where the data lives, for messages. */
    public String describe() {
        return store.describe();
    }

    /**
     * Writes the model and its analysis into the model's and the analysis graph, replacing what was there, and
     * loads the built-in catalogues into their graphs when they are not there yet: all in one write transaction,
     * so a failure leaves the previous publication complete. Decisions in the register are published with the
     * analysis as a snapshot; the current ones are in the triage graph ({@link #triage}).
     *
     * <p>The statements are mapped while they are written, {@value BatchedWrites#DEFAULT_BATCH} at a time, so memory
     * does not grow with the size of the analysis (a 100,000-element model has tens of millions of statements) on a
     * local store; a remote store sends the transaction as one request and so holds it until the commit.
     *
     * @param ruleSet        the rules the analysis evaluated
     * @param sourceModified when the model file was last changed (recorded so that a later run can tell whether the
     *                       published analysis is current); null when the model does not come from a file
     */
    public void publish(SystemModel model, ThreatRegister register, Collection<RuleDescriptor> ruleSet,
            Instant sourceModified) {
        publish(model, register, ruleSet, sourceModified, BatchedWrites.DEFAULT_BATCH);
    }

    /** {@link #publish(SystemModel, ThreatRegister, Collection, Instant)} with a given batch size (tests). */
    void publish(SystemModel model, ThreatRegister register, Collection<RuleDescriptor> ruleSet, Instant sourceModified,
            int batchSize) {
        if (!model.getId().equals(register.modelId())) {
            throw new IllegalArgumentException("the register is of model " + register.modelId() + ", not of " + model.getId());
        }
        String modelGraph = KnowledgeGraphs.model(model.getId());
        String analysisGraph = KnowledgeGraphs.analysis(model.getId());
        Term graph = Term.iri(analysisGraph);
        store.writeAll(writer -> {
            Audit.note(writer, "analysis published");
            writer.clearGraph(modelGraph);
            BatchedWrites modelStatements = new BatchedWrites(writer, modelGraph, batchSize);
            ModelToRdf.map(model, modelStatements);
            modelStatements.flush();
            writer.clearGraph(analysisGraph);
            BatchedWrites analysis = new BatchedWrites(writer, analysisGraph, batchSize);
            AnalysisToRdf.map(register, ruleSet, analysis);
            analysis.accept(Statement.of(graph, DCTERMS_DATE, Term.typed(register.evaluationDate().toString(), TW.XSD_DATE)));
            analysis.accept(Statement.of(graph, DCTERMS_MODIFIED,
                    Term.typed((sourceModified == null ? Instant.EPOCH : sourceModified).toString(), TW.XSD_DATE_TIME)));
            analysis.flush();
            loadCatalogues(writer);
        });
    }

    /** Loads each built-in catalogue file into its graph unless that graph already holds statements. */
    private static void loadCatalogues(StoreWriter writer) {
        Set<String> present = writer.graphNames();
        for (String file : Catalogues.BUILT_IN_FILES) {
            String graph = KnowledgeGraphs.catalogue(file);
            if (!present.contains(graph)) {
                writer.add(graph, Catalogues.builtInFile(file));
            }
        }
    }

    /**
     * Whether the published analysis of {@code modelId} was made from a model file changed at
     * {@code sourceModified} and evaluated on {@code evaluationDate}; false when nothing is published.
     */
    public boolean isPublished(String modelId, Instant sourceModified, LocalDate evaluationDate) {
        Optional<QueryRow> row = store.read(reader -> reader.select(
                Sparql.of(PUBLICATION).bindIri("graph", KnowledgeGraphs.analysis(modelId)))).stream().findFirst();
        return row.isPresent() && Instant.parse(row.get().value("modified")).equals(sourceModified)
                && LocalDate.parse(row.get().value("date")).equals(evaluationDate);
    }

    /** The triage decisions about the model's findings. */
    public TriageStore triage(String modelId) {
        return new TriageStore(store, KnowledgeGraphs.triage(modelId));
    }

    /** Traceability queries over the model's published analysis and everything linked to it. */
    public Traceability traceability(String modelId) {
        return new Traceability(store, modelId);
    }

    @Override
    public void close() {
        store.close();
    }
}
