package org.threatwright.kb.history;

import static org.threatwright.kb.history.HistoryVocabulary.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.audit.Audit;
import org.threatwright.kb.audit.GraphOwners;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreReader;
import org.threatwright.kb.store.Term;

/**
 * The release baselines of one model: immutable snapshots of its working graphs ({@link HistoryPart}) with a
 * manifest ({@code baseline/<model>/<name>/manifest}) naming the baseline ({@link Iris#baseline}), its version,
 * author ({@code prov:wasAttributedTo}), time ({@code prov:generatedAtTime}), the model file's name, SHA-256, last
 * modified time and full text, and each part's graph and size. A baseline is created whole in one write
 * transaction and never modified: creating a name that exists is refused, and the audited store refuses any later
 * write to its graphs ({@link org.threatwright.kb.audit.AuditedKnowledgeStore}).
 */
public final class Baselines {

    /** The name that stands for the working model in a diff; no baseline can have it. */
    public static final String WORKING = "working";

    private static final String LIST = """
            PREFIX tw: <https://threatwright.org/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?baseline ?name ?version ?author ?at ?file ?sha ?modified WHERE {
              GRAPH ?g { ?baseline a tw:Baseline ; tw:baselineOf ?model ; dcterms:identifier ?name ;
                  prov:wasAttributedTo ?agent ; prov:generatedAtTime ?at ; tw:sourceFile ?file ; tw:sourceSha256 ?sha .
                ?agent rdfs:label ?author .
                OPTIONAL { ?baseline tw:baselineVersion ?version }
                OPTIONAL { ?baseline tw:sourceModified ?modified } }
            }
            """;

    private static final String PARTS = """
            PREFIX tw: <https://threatwright.org/ontology#>
            SELECT ?name ?count WHERE { GRAPH ?g { ?baseline tw:hasBaselinePart ?part . ?part tw:partName ?name ; tw:statementCount ?count } }
            """;

    private static final String MODEL_TEXT_QUERY = """
            PREFIX tw: <https://threatwright.org/ontology#>
            SELECT ?text WHERE { GRAPH ?g { ?baseline tw:modelText ?text } }
            """;

    private final KnowledgeStore store;
    private final String modelId;

    public Baselines(KnowledgeStore store, String modelId) {
        this.store = Objects.requireNonNull(store, "store");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
    }

    /** The graph holding a baseline's manifest. */
    public String manifestGraph(String name) {
        return KnowledgeGraphs.baseline(modelId, name, GraphOwners.BASELINE_MANIFEST_PART);
    }

    /**
     * Creates a baseline from the model's working graphs, in one write transaction.
     *
     * @throws BaselineException when a baseline of that name exists, or the model has no published model graph
     */
    public BaselineInfo create(NewBaseline request) {
        return store.write(writer -> {
            String manifest = manifestGraph(request.name());
            if (writer.size(manifest) > 0) {
                BaselineInfo existing = info(writer, request.name()).orElse(null);
                throw new BaselineException("baseline '" + request.name() + "' of model " + modelId + " already exists"
                        + (existing == null ? "" : " (created " + existing.createdAt() + " by " + existing.author() + ")")
                        + "; baselines are never modified: choose another name");
            }
            if (writer.size(HistoryPart.MODEL.workingGraph(modelId)) == 0) {
                throw new BaselineException("model " + modelId + " is not published in the knowledge base: nothing to baseline");
            }
            Audit.note(writer, "baseline " + request.name() + " created");
            Map<HistoryPart, Long> counts = new EnumMap<>(HistoryPart.class);
            Map<HistoryPart, String> digests = new EnumMap<>(HistoryPart.class);
            for (HistoryPart part : HistoryPart.values()) {
                List<Statement> statements = writer.statements(part.workingGraph(modelId));
                if (!statements.isEmpty()) {
                    writer.add(part.baselineGraph(modelId, request.name()), statements);
                    counts.put(part, (long) statements.size());
                    Map<Term, Long> subjects = SubjectDigests.of(statements, part);
                    if (subjects != null) {
                        digests.put(part, SubjectDigests.serialise(subjects));
                    }
                }
            }
            Instant now = Instant.now();
            BaselineInfo info = new BaselineInfo(modelId, request.name(), request.version(), request.author(), now,
                    request.sourceFile(), sha256(request.modelFile()), request.sourceModified(), counts);
            writer.add(manifest, manifest(info, new String(request.modelFile(), StandardCharsets.UTF_8), digests));
            return info;
        });
    }

    private List<Statement> manifest(BaselineInfo info, String modelText, Map<HistoryPart, String> digests) {
        List<Statement> out = new ArrayList<>();
        Term b = Term.iri(Iris.baseline(modelId, info.name()));
        String agent = Iris.agent(info.author());
        out.add(Statement.of(b, TW.RDF_TYPE, Term.iri(BASELINE)));
        out.add(Statement.of(b, TW.DCTERMS_IDENTIFIER, Term.literal(info.name())));
        if (info.version() != null && !info.version().isBlank()) {
            out.add(Statement.of(b, BASELINE_VERSION, Term.literal(info.version())));
        }
        out.add(Statement.of(b, BASELINE_OF, Term.iri(Iris.element(modelId))));
        out.add(Statement.of(b, TW.PROV_WAS_ATTRIBUTED_TO, Term.iri(agent)));
        out.add(Statement.of(Term.iri(agent), TW.RDF_TYPE, Term.iri(TW.PROV_AGENT)));
        out.add(Statement.of(Term.iri(agent), TW.RDFS_LABEL, Term.literal(info.author())));
        out.add(Statement.of(b, TW.PROV_GENERATED_AT_TIME, Term.typed(info.createdAt().toString(), TW.XSD_DATE_TIME)));
        out.add(Statement.of(b, SOURCE_FILE, Term.literal(info.sourceFile())));
        out.add(Statement.of(b, SOURCE_SHA256, Term.literal(info.sourceSha256())));
        if (info.sourceModified() != null) {
            out.add(Statement.of(b, SOURCE_MODIFIED, Term.typed(info.sourceModified().toString(), TW.XSD_DATE_TIME)));
        }
        out.add(Statement.of(b, MODEL_TEXT, Term.literal(modelText)));
        for (Map.Entry<HistoryPart, Long> part : info.parts().entrySet()) {
            Term p = Term.iri(Iris.baseline(modelId, info.name()) + "/part/" + part.getKey().partName());
            out.add(Statement.of(b, HAS_BASELINE_PART, p));
            out.add(Statement.of(p, TW.RDF_TYPE, Term.iri(BASELINE_PART)));
            out.add(Statement.of(p, PART_NAME, Term.literal(part.getKey().partName())));
            out.add(Statement.of(p, PART_GRAPH, Term.iri(part.getKey().baselineGraph(modelId, info.name()))));
            out.add(Statement.of(p, STATEMENT_COUNT, Term.typed(part.getValue().toString(), TW.XSD_INTEGER)));
            if (digests.containsKey(part.getKey())) {
                out.add(Statement.of(p, SUBJECT_DIGESTS, Term.literal(digests.get(part.getKey()))));
            }
        }
        return out;
    }

    /** Every baseline of the model, oldest first. */
    public List<BaselineInfo> list() {
        return store.read(reader -> {
            List<BaselineInfo> all = new ArrayList<>();
            for (QueryRow row : reader.select(Sparql.of(LIST).bindIri("model", Iris.element(modelId)))) {
                all.add(info(reader, row));
            }
            all.sort(Comparator.comparing(BaselineInfo::createdAt).thenComparing(BaselineInfo::name));
            return all;
        });
    }

    /** The baseline with this name, if it exists. */
    public Optional<BaselineInfo> find(String name) {
        return store.read(reader -> info(reader, name));
    }

    /**
     * The baseline with this name.
     *
     * @throws BaselineException naming the baseline and the ones that exist when there is none of that name
     */
    public BaselineInfo get(String name) {
        return store.read(reader -> info(reader, name).orElseThrow(() -> missing(reader, name)));
    }

    /** The most recently created baseline, if any. */
    public Optional<BaselineInfo> latest() {
        List<BaselineInfo> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The exact text of the model file the baseline was taken from. */
    public String modelText(String name) {
        return store.read(reader -> reader.select(Sparql.of(MODEL_TEXT_QUERY).bindIri("g", manifestGraph(name))
                .bindIri("baseline", Iris.baseline(modelId, name))).stream().findFirst().map(row -> row.value("text"))
                .orElseThrow(() -> missing(reader, name)));
    }

    /**
     * The baseline as the diff reads it: digests first, then only what differs.
     *
     * @throws BaselineException naming the baseline and the ones that exist when there is none of that name
     */
    public StoredBaseline stored(String name) {
        return new StoredBaseline(store, get(name), manifestGraph(name));
    }

    /** The baseline's parts, read whole in one transaction. */
    public Snapshot snapshot(String name) {
        return store.read(reader -> {
            BaselineInfo info = info(reader, name).orElseThrow(() -> missing(reader, name));
            Map<HistoryPart, List<Statement>> parts = new EnumMap<>(HistoryPart.class);
            for (HistoryPart part : info.parts().keySet()) {
                parts.put(part, reader.statements(part.baselineGraph(modelId, name)));
            }
            return new Snapshot(modelId, name, parts);
        });
    }

    private BaselineException missing(StoreReader reader, String name) {
        List<String> names = reader.select(Sparql.of(LIST).bindIri("model", Iris.element(modelId))).stream()
                .map(row -> row.value("name")).sorted().toList();
        return new BaselineException("no baseline '" + name + "' of model " + modelId
                + (names.isEmpty() ? " (the model has no baselines)" : " (baselines: " + String.join(", ", names) + ")"));
    }

    private Optional<BaselineInfo> info(StoreReader reader, String name) {
        return reader.select(Sparql.of(LIST).bindIri("g", manifestGraph(name)).bindIri("model", Iris.element(modelId))
                .bindIri("baseline", Iris.baseline(modelId, name))).stream().findFirst().map(row -> info(reader, row));
    }

    private BaselineInfo info(StoreReader reader, QueryRow row) {
        String name = row.value("name");
        Map<HistoryPart, Long> parts = new EnumMap<>(HistoryPart.class);
        for (QueryRow part : reader.select(Sparql.of(PARTS).bindIri("g", manifestGraph(name))
                .bindIri("baseline", row.value("baseline")))) {
            parts.put(HistoryPart.ofName(part.value("name")), Long.parseLong(part.value("count")));
        }
        return new BaselineInfo(modelId, name, row.get("version").map(Term::value).orElse(null), row.value("author"),
                OffsetDateTime.parse(row.value("at")).toInstant(), row.value("file"), row.value("sha"),
                row.get("modified").map(t -> OffsetDateTime.parse(t.value()).toInstant()).orElse(null), parts);
    }

    /** SHA-256 of {@code bytes} as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
