package org.threatwright.kb.trace;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.catalogue.CatalogueVocabulary;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.StoreReader;
import org.threatwright.kb.store.Term;
import org.threatwright.kb.trace.TraceRecords.ClauseTrace;
import org.threatwright.kb.trace.TraceRecords.ElementTrace;
import org.threatwright.kb.trace.TraceRecords.Gaps;
import org.threatwright.kb.trace.TraceRecords.TracedClause;
import org.threatwright.kb.trace.TraceRecords.TracedElement;
import org.threatwright.kb.trace.TraceRecords.TracedFinding;
import org.threatwright.kb.trace.TraceRecords.TracedRecord;

/**
 * Traceability over a product's knowledge base: from an element to its findings, risks, requirements, controls and
 * catalogue clauses; from a clause to its requirements, controls and evidence; and the gaps in between.
 *
 * <p>Every query is a constant of this class; what a user typed (an element id or name, a notation, a catalogue) is
 * bound as a parameter ({@link Sparql#bindLiteral}, {@link Sparql#bindIri} with an encoded segment), never spliced
 * into the text. The queries start from the bound term, so TDB2 answers them through its object-first indexes
 * (POS/OSP) instead of scanning.
 *
 * <p>Findings come from the model's published analysis graph and their status from its triage graph. Risks,
 * requirements, controls and evidence may sit in any graph (the risk bundle that writes them does not exist yet),
 * so those queries read the union of all graphs: records of the ontology's terms are linked wherever they are.
 */
public final class Traceability {

    /** ARQ's name for the union of all named graphs (TDB2, the in-memory dataset and Fuseki all understand it). */
    static final String UNION = "<urn:x-arq:UnionGraph>";

    static final String PREFIXES = """
            PREFIX tw: <https://threatwright.org/ontology#>
            PREFIX tw-cat: <https://threatwright.org/ontology/catalogue#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    /** Elements of the model graph whose id or exact name is ?key. */
    static final String ELEMENTS = PREFIXES + """
            SELECT DISTINCT ?element ?id ?name ?type WHERE {
              GRAPH ?model {
                { ?element dcterms:identifier ?key } UNION { ?element dcterms:title ?key }
                ?element dcterms:identifier ?id ; a ?type .
                OPTIONAL { ?element dcterms:title ?name }
              }
            } ORDER BY ?id ?type
            """;

    /** Findings of the published analysis with ?element among their subjects, with the decided status if any. */
    static final String FINDINGS = PREFIXES + """
            SELECT DISTINCT ?id ?rule ?title ?stride ?severity (COALESCE(?decided, tw:TriageOpen) AS ?status) WHERE {
              # findings about the element itself or about one of its parts (interfaces, components with their
              # nested components, update mechanisms): supply-chain findings name only the component
              { BIND(?element AS ?subject) }
              UNION { GRAPH ?model { ?element (tw:hasInterface|tw:hasComponent|tw:hasUpdateMechanism)/tw:hasSubComponent* ?subject } }
              GRAPH ?analysis {
                ?finding tw:subject ?subject ;
                         dcterms:identifier ?id ; tw:derivedByRule ?ruleIri ; tw:severity ?severity .
                # the STRIDE category and title are the rule's, said once on the rule
                ?ruleIri dcterms:identifier ?rule ; tw:strideCategory ?stride .
                OPTIONAL { ?ruleIri dcterms:title ?title }
              }
              OPTIONAL { GRAPH ?triage { ?decision tw:aboutFinding ?finding ; tw:triageStatus ?decided } }
            } ORDER BY ?id
            """;

    /** A risk ?risk linked to ?element: it affects the element or was derived from a finding about it. */
    private static final String RISK_OF_ELEMENT = """
            { ?risk tw:affects ?element } UNION { ?riskFinding tw:subject ?element . ?risk prov:wasDerivedFrom ?riskFinding }
            """;

    /** A requirement ?req linked to ?element: it affects the element or was derived from a risk linked to it. */
    private static final String REQUIREMENT_OF_ELEMENT = "{ ?req tw:affects ?element } UNION { { " + RISK_OF_ELEMENT
            + " } ?req prov:wasDerivedFrom ?risk }\n";

    /** A control ?control linked to ?element: directly, by mitigating a linked finding or risk, or implementing a linked requirement. */
    private static final String CONTROL_OF_ELEMENT = "{ ?control tw:affects ?element }"
            + " UNION { ?mitigatedFinding tw:subject ?element . ?control tw:mitigates ?mitigatedFinding }"
            + " UNION { { " + RISK_OF_ELEMENT + " } ?control tw:mitigates ?risk }"
            + " UNION { { " + REQUIREMENT_OF_ELEMENT + " } ?control tw:implementsRequirement ?req }\n";

    /** The optional identifier, title and detail of ?item, as every record query projects them. */
    private static final String RECORD_LABELS = """
                OPTIONAL { ?item dcterms:identifier ?identifier }
                OPTIONAL { ?item dcterms:title ?title }
            """;

    static final String RISKS = PREFIXES + "SELECT DISTINCT ?item ?identifier ?title ?detail WHERE { GRAPH " + UNION
            + " {\n { " + RISK_OF_ELEMENT + " }\n BIND(?risk AS ?item) ?item a tw:Risk .\n" + RECORD_LABELS
            + " OPTIONAL { ?item tw:riskLevel ?detail } } } ORDER BY ?identifier ?item";

    static final String REQUIREMENTS = PREFIXES + "SELECT DISTINCT ?item ?identifier ?title ?detail WHERE { GRAPH " + UNION
            + " {\n { " + REQUIREMENT_OF_ELEMENT + " }\n BIND(?req AS ?item) ?item a tw:SecurityRequirement .\n"
            + RECORD_LABELS + " OPTIONAL { ?item dcterms:description ?detail } } } ORDER BY ?identifier ?item";

    static final String CONTROLS = PREFIXES + "SELECT DISTINCT ?item ?identifier ?title ?detail WHERE { GRAPH " + UNION
            + " {\n { " + CONTROL_OF_ELEMENT + " }\n BIND(?control AS ?item) ?item a tw:Control .\n" + RECORD_LABELS
            + " } } ORDER BY ?identifier ?item";

    /** Clauses addressed by the element's findings, requirements or controls, or by evidence verifying those. */
    static final String ELEMENT_CLAUSES = PREFIXES + "SELECT DISTINCT ?clause ?scheme ?notation ?label WHERE { GRAPH " + UNION
            + " {\n { ?clauseFinding tw:subject ?element . ?clauseFinding tw:addressesClause ?clause }"
            + " UNION { { " + REQUIREMENT_OF_ELEMENT + " } ?req tw:addressesClause ?clause }"
            + " UNION { { " + CONTROL_OF_ELEMENT + " } ?control tw:addressesClause ?clause }\n"
            + " ?clause skos:notation ?notation . OPTIONAL { ?clause skos:inScheme ?scheme } OPTIONAL { ?clause skos:prefLabel ?label }"
            + " } } ORDER BY ?scheme ?notation";

    /** The clause of catalogue ?scheme with notation ?notation. */
    static final String CLAUSE = PREFIXES + """
            SELECT DISTINCT ?clause ?label WHERE {
              GRAPH <urn:x-arq:UnionGraph> {
                ?clause skos:notation ?notation ; skos:inScheme ?scheme .
                OPTIONAL { ?clause skos:prefLabel ?label }
              }
            } ORDER BY ?clause
            """;

    static final String CLAUSE_REQUIREMENTS = PREFIXES + "SELECT DISTINCT ?item ?identifier ?title ?detail WHERE { GRAPH " + UNION
            + " {\n ?item tw:addressesClause ?clause . ?item a tw:SecurityRequirement .\n" + RECORD_LABELS
            + " OPTIONAL { ?item dcterms:description ?detail } } } ORDER BY ?identifier ?item";

    /** Controls addressing the clause, or implementing a requirement that does. */
    private static final String CONTROL_OF_CLAUSE = "{ ?control tw:addressesClause ?clause }"
            + " UNION { ?clauseReq tw:addressesClause ?clause . ?control tw:implementsRequirement ?clauseReq }";

    static final String CLAUSE_CONTROLS = PREFIXES + "SELECT DISTINCT ?item ?identifier ?title ?detail WHERE { GRAPH " + UNION
            + " {\n { " + CONTROL_OF_CLAUSE + " }\n BIND(?control AS ?item) ?item a tw:Control .\n" + RECORD_LABELS
            + " } } ORDER BY ?identifier ?item";

    /** Evidence addressing the clause, or verifying a requirement or control that serves it. */
    private static final String EVIDENCE_OF_CLAUSE = "{ ?evidence tw:addressesClause ?clause }"
            + " UNION { ?clauseReq tw:addressesClause ?clause . ?evidence tw:verifies ?clauseReq }"
            + " UNION { { " + CONTROL_OF_CLAUSE + " } ?evidence tw:verifies ?control }";

    static final String CLAUSE_EVIDENCE = PREFIXES + "SELECT DISTINCT ?item ?identifier ?title ?detail WHERE { GRAPH " + UNION
            + " {\n { " + EVIDENCE_OF_CLAUSE + " }\n BIND(?evidence AS ?item) ?item a tw:VerificationEvidence .\n"
            + RECORD_LABELS + " OPTIONAL { ?item tw:verificationResult ?detail } } } ORDER BY ?identifier ?item";

    static final String RISKS_WITHOUT_REQUIREMENT = PREFIXES + "SELECT DISTINCT ?item ?identifier ?title ?detail WHERE { GRAPH "
            + UNION + " {\n ?item a tw:Risk .\n FILTER NOT EXISTS { ?req prov:wasDerivedFrom ?item . ?req a tw:SecurityRequirement }\n"
            + RECORD_LABELS + " OPTIONAL { ?item tw:riskLevel ?detail } } } ORDER BY ?identifier ?item";

    static final String REQUIREMENTS_WITHOUT_VERIFICATION = PREFIXES
            + "SELECT DISTINCT ?item ?identifier ?title ?detail WHERE { GRAPH " + UNION
            + " {\n ?item a tw:SecurityRequirement .\n"
            + " FILTER NOT EXISTS { { ?evidence tw:verifies ?item } UNION { ?control tw:implementsRequirement ?item . ?evidence tw:verifies ?control } }\n"
            + RECORD_LABELS + " OPTIONAL { ?item dcterms:description ?detail } } } ORDER BY ?identifier ?item";

    /** Requirement clauses (not reserved) of ?scheme, or of every catalogue when ?scheme is unbound, without evidence. */
    static final String CLAUSES_WITHOUT_EVIDENCE = PREFIXES + "SELECT DISTINCT ?clause ?scheme ?notation ?label WHERE { GRAPH "
            + UNION + " {\n ?clause skos:inScheme ?scheme ; a tw-cat:Requirement ; skos:notation ?notation .\n"
            + " FILTER NOT EXISTS { ?clause tw-cat:reserved true }\n"
            + " FILTER NOT EXISTS { " + EVIDENCE_OF_CLAUSE + " ?evidence a tw:VerificationEvidence }\n"
            + " OPTIONAL { ?clause skos:prefLabel ?label } } } ORDER BY ?scheme ?notation";

    private final KnowledgeStore store;
    private final String modelGraph;
    private final String analysisGraph;
    private final String triageGraph;

    /** Traceability over {@code store} for the model {@code modelId} (see {@code ProductKnowledge#traceability}). */
    public Traceability(KnowledgeStore store, String modelId) {
        this.store = store;
        this.modelGraph = KnowledgeGraphs.model(modelId);
        this.analysisGraph = KnowledgeGraphs.analysis(modelId);
        this.triageGraph = KnowledgeGraphs.triage(modelId);
    }

    /** The model's elements whose id or exact name is {@code idOrName} (several when names repeat), by id. */
    public List<TracedElement> elements(String idOrName) {
        return store.read(reader -> select(reader, Sparql.of(ELEMENTS).bindIri("model", modelGraph)
                .bindLiteral("key", idOrName), row -> new TracedElement(row.value("element"), row.value("id"),
                        optional(row, "name"), localName(row.value("type")))));
    }

    /** Everything traced from each element whose id or exact name is {@code idOrName}; empty when none is. */
    public List<ElementTrace> traceElement(String idOrName) {
        return elements(idOrName).stream().map(this::trace).toList();
    }

    /** Everything traced from one element, in one read transaction. */
    public ElementTrace trace(TracedElement element) {
        return store.read(reader -> new ElementTrace(element, findings(reader, element.iri()),
                records(reader, RISKS, element.iri()), records(reader, REQUIREMENTS, element.iri()),
                records(reader, CONTROLS, element.iri()), clauses(reader, element.iri())));
    }

    /** The findings of the published analysis about an element (by IRI), with their current triage status. */
    public List<TracedFinding> findings(String elementIri) {
        return store.read(reader -> findings(reader, elementIri));
    }

    /** The risks linked to an element (by IRI). */
    public List<TracedRecord> risks(String elementIri) {
        return store.read(reader -> records(reader, RISKS, elementIri));
    }

    /** The requirements linked to an element (by IRI). */
    public List<TracedRecord> requirements(String elementIri) {
        return store.read(reader -> records(reader, REQUIREMENTS, elementIri));
    }

    /** The controls linked to an element (by IRI). */
    public List<TracedRecord> controls(String elementIri) {
        return store.read(reader -> records(reader, CONTROLS, elementIri));
    }

    /** The catalogue clauses linked to an element (by IRI). */
    public List<TracedClause> clauses(String elementIri) {
        return store.read(reader -> clauses(reader, elementIri));
    }

    /**
     * Everything traced from the clause {@code notation} of {@code catalogue} (e.g. {@code iotsf}, {@code 2.4.3.24});
     * empty when the catalogue has no such clause.
     */
    public Optional<ClauseTrace> traceClause(String catalogue, String notation) {
        return store.read(reader -> {
            String scheme = schemeIri(catalogue);
            Optional<TracedClause> clause = select(reader, Sparql.of(CLAUSE).bindIri("scheme", scheme)
                    .bindLiteral("notation", notation), row -> new TracedClause(row.value("clause"), catalogue, notation,
                            optional(row, "label"))).stream().findFirst();
            return clause.map(c -> new ClauseTrace(c, clauseRecords(reader, CLAUSE_REQUIREMENTS, c.iri()),
                    clauseRecords(reader, CLAUSE_CONTROLS, c.iri()), clauseRecords(reader, CLAUSE_EVIDENCE, c.iri())));
        });
    }

    /** The gaps; clauses of {@code catalogue} only when it is not null, else of every catalogue in the store. */
    public Gaps gaps(String catalogue) {
        return store.read(reader -> {
            Sparql clauses = Sparql.of(CLAUSES_WITHOUT_EVIDENCE);
            if (catalogue != null) {
                clauses.bindIri("scheme", schemeIri(catalogue));
            }
            return new Gaps(select(reader, Sparql.of(RISKS_WITHOUT_REQUIREMENT), Traceability::record),
                    select(reader, Sparql.of(REQUIREMENTS_WITHOUT_VERIFICATION), Traceability::record),
                    select(reader, clauses, Traceability::clause));
        });
    }

    /** The scheme IRI of a catalogue id; the id is percent-encoded as one segment, so it cannot leave the IRI. */
    static String schemeIri(String catalogue) {
        return CatalogueVocabulary.CATALOGUE_BASE + Iris.encodeSegment(catalogue);
    }

    private List<TracedFinding> findings(StoreReader reader, String elementIri) {
        return select(reader, Sparql.of(FINDINGS).bindIri("model", modelGraph).bindIri("analysis", analysisGraph).bindIri("triage", triageGraph)
                .bindIri("element", elementIri), row -> new TracedFinding(row.value("id"), row.value("rule"),
                        optional(row, "title"), localName(row.value("stride")), label(row.value("severity")),
                        label(row.value("status"))));
    }

    private static List<TracedRecord> records(StoreReader reader, String query, String elementIri) {
        return select(reader, Sparql.of(query).bindIri("element", elementIri), Traceability::record);
    }

    private static List<TracedRecord> clauseRecords(StoreReader reader, String query, String clauseIri) {
        return select(reader, Sparql.of(query).bindIri("clause", clauseIri), Traceability::record);
    }

    private static List<TracedClause> clauses(StoreReader reader, String elementIri) {
        return select(reader, Sparql.of(ELEMENT_CLAUSES).bindIri("element", elementIri), Traceability::clause);
    }

    private static <T> List<T> select(StoreReader reader, Sparql query, Function<QueryRow, T> rowMapper) {
        return reader.select(query).stream().map(rowMapper).toList();
    }

    private static TracedRecord record(QueryRow row) {
        Optional<Term> detail = row.get("detail");
        return new TracedRecord(row.value("item"), optional(row, "identifier"), optional(row, "title"),
                detail.map(term -> term.isIri() ? label(term.value()) : term.value()).orElse(null));
    }

    private static TracedClause clause(QueryRow row) {
        String scheme = optional(row, "scheme");
        String catalogue = scheme != null && scheme.startsWith(CatalogueVocabulary.CATALOGUE_BASE)
                ? Iris.decodeSegment(scheme.substring(CatalogueVocabulary.CATALOGUE_BASE.length())) : scheme;
        return new TracedClause(row.value("clause"), catalogue, row.value("notation"), optional(row, "label"));
    }

    private static String optional(QueryRow row, String variable) {
        return row.get(variable).map(Term::value).orElse(null);
    }

    /** {@code https://threatwright.org/ontology#Gateway} → {@code Gateway}. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    /** A concept's label as the register writes it: {@code tw:SeverityHigh} → {@code high}, {@code tw:TriageNotApplicable} → {@code not-applicable}. */
    static String label(String conceptIri) {
        String name = localName(conceptIri);
        for (String prefix : List.of("Severity", "Triage", "Risk", "Verification")) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                name = name.substring(prefix.length());
                break;
            }
        }
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
