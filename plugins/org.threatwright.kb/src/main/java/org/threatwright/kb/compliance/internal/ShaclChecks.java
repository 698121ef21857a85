package org.threatwright.kb.compliance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.threatwright.kb.compliance.Evidence;
import org.threatwright.kb.compliance.Violation;
import org.threatwright.kb.ontology.OntologyResources;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.ontology.internal.JenaStatements;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StatementSink;

/**
 * Runs the compliance shapes with jena-shacl and the evidence queries with ARQ. The data graph is the model and
 * analysis statements plus the ontology, because only the most specific {@code rdf:type} is written and
 * {@code sh:targetClass tw:Element} must reach gateways through {@code rdfs:subClassOf}.
 *
 * <p>Parsed shapes are immutable; one instance can evaluate many graphs, also concurrently.
 */
public final class ShaclChecks {

    public static final String TWC = "https://threatwright.org/compliance#";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    /** Prefixes every evidence query may use without declaring them. */
    private static final String QUERY_PREFIXES = """
            PREFIX tw: <https://threatwright.org/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static volatile Graph ontology;

    private final Graph shapesGraph;
    /** Parsed shapes per set of checks switched off for lack of data: usually one or two entries. */
    private final Map<Set<String>, Shapes> shapesBySkipped = new ConcurrentHashMap<>();
    private final List<CheckDefinition> checks;
    private final Map<Node, String> checkOfShape;
    private final Map<String, Query> evidenceQueries = new HashMap<>();

    private ShaclChecks(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.checks = readChecks(shapesGraph);
        this.checkOfShape = shapeOwners(shapesGraph, checks);
        for (CheckDefinition check : checks) {
            if (check.evidenceQuery() != null) {
                evidenceQueries.put(check.iri(), QueryFactory.create(QUERY_PREFIXES + check.evidenceQuery()));
            }
        }
    }

    /**
     * Parses Turtle shape files (each stream closed by the caller) into one shapes graph.
     *
     * @param sources the streams with a name for error messages
     */
    public static ShaclChecks parse(Map<String, InputStream> sources) {
        Graph graph = GraphFactory.createDefaultGraph();
        sources.forEach((name, in) -> RDFParser.source(in).lang(Lang.TURTLE).base("urn:threatwright:" + name).parse(graph));
        return new ShaclChecks(graph);
    }

    /** The checks, ordered by IRI. */
    public List<CheckDefinition> checks() {
        return checks;
    }

    /** The graph the checks run on: {@code data} plus the ontology. */
    public static Graph prepare(Collection<Statement> data) {
        DataGraph graph = dataGraph();
        data.forEach(graph::accept);
        return graph.withOntology();
    }

    /** An empty data graph to map into statement by statement ({@link DataGraph#withOntology} completes it). */
    public static DataGraph dataGraph() {
        return new DataGraph();
    }

    /**
     * The graph the checks run on, filled as the mappings write their statements, so the statements are never held
     * as a list too. One node per distinct IRI: the same element and finding IRIs recur in many statements.
     */
    public static final class DataGraph implements StatementSink {

        private final Graph graph = GraphFactory.createDefaultGraph();
        private final Map<String, Node> iris = new HashMap<>();

        private DataGraph() {
        }

        @Override
        public void accept(Statement statement) {
            graph.add(Triple.create(node(statement.subject()), node(statement.predicate()), node(statement.object())));
        }

        private Node node(org.threatwright.kb.store.Term term) {
            return term.isIri() ? iris.computeIfAbsent(term.value(), NodeFactory::createURI) : JenaStatements.toNode(term);
        }

        /** The statements so far plus the ontology; the graph is the checks' from here on, so add nothing after. */
        public Graph withOntology() {
            ontology().find().forEachRemaining(graph::add);
            iris.clear();
            return graph;
        }
    }

    /** Validates a graph from {@link #prepare}; one outcome per check, keyed by check IRI. */
    public Map<String, CheckOutcome> evaluate(Graph graph) {
        Set<String> skipped = new TreeSet<>();
        for (CheckDefinition check : checks) {
            if (check.requiresData() != null && !graph.contains(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(check.requiresData()))) {
                skipped.add(check.iri());
            }
        }
        ValidationReport report = ShaclValidator.get().validate(shapesWithout(skipped), graph);
        Map<String, List<Violation>> violations = new HashMap<>();
        for (ReportEntry entry : report.getEntries()) {
            String check = checkOfShape.get(entry.source());
            if (check == null) {
                throw new IllegalStateException("a violation from a shape that is no check: " + entry.source());
            }
            // checks about many elements select each offending element as the result's value (see the shapes files)
            Node focus = entry.value() != null ? entry.value() : entry.focusNode();
            violations.computeIfAbsent(check, key -> new ArrayList<>())
                    .add(new Violation(focus.isURI() ? focus.getURI() : focus.toString(), text(graph, focus, TW.DCTERMS_IDENTIFIER),
                            text(graph, focus, TW.DCTERMS_TITLE), entry.message()));
        }
        Map<String, CheckOutcome> outcomes = new LinkedHashMap<>();
        for (CheckDefinition check : checks) {
            if (skipped.contains(check.iri())) {
                outcomes.put(check.iri(), new CheckOutcome(check, true, List.of(), List.of()));
                continue;
            }
            List<Violation> found = new ArrayList<>(violations.getOrDefault(check.iri(), List.of()));
            found.sort(Comparator.comparing(Violation::message).thenComparing(Violation::focusIri));
            outcomes.put(check.iri(), new CheckOutcome(check, false, found, evidence(graph, check)));
        }
        return outcomes;
    }

    /**
     * The shapes with the given checks deactivated ({@code sh:deactivated true}): a check whose data is missing would
     * otherwise still visit every focus node, e.g. every finding for the risk checks.
     */
    private Shapes shapesWithout(Set<String> skipped) {
        return shapesBySkipped.computeIfAbsent(Set.copyOf(skipped), key -> {
            Graph graph = GraphFactory.createDefaultGraph();
            shapesGraph.find().forEachRemaining(graph::add);
            Node deactivated = NodeFactory.createURI(SH + "deactivated");
            key.forEach(iri -> graph.add(Triple.create(NodeFactory.createURI(iri), deactivated, NodeFactory.createLiteralDT("true",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))));
            return Shapes.parse(graph);
        });
    }

    private List<Evidence> evidence(Graph graph, CheckDefinition check) {
        Query query = evidenceQueries.get(check.iri());
        if (query == null) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.create(query, ModelFactory.createModelForGraph(graph))) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                RDFNode item = row.get("item");
                if (item == null) {
                    continue;
                }
                Node node = item.asNode();
                RDFNode detail = row.get("detail");
                RDFNode name = row.get("name");
                out.add(new Evidence(node.isURI() ? node.getURI() : node.toString(), text(graph, node, TW.DCTERMS_IDENTIFIER),
                        name != null ? name.asNode().getLiteralLexicalForm() : text(graph, node, TW.DCTERMS_TITLE),
                        detail == null ? null : detail.asNode().getLiteralLexicalForm()));
            }
        }
        out.sort(Comparator.comparing((Evidence e) -> e.name() == null ? "" : e.name()).thenComparing(Evidence::itemIri));
        return out;
    }

    private static String text(Graph graph, Node subject, String predicate) {
        var found = graph.find(subject, NodeFactory.createURI(predicate), Node.ANY);
        try {
            while (found.hasNext()) {
                Node object = found.next().getObject();
                if (object.isLiteral()) {
                    return object.getLiteralLexicalForm();
                }
            }
            return null;
        } finally {
            found.close();
        }
    }

    private static List<CheckDefinition> readChecks(Graph shapes) {
        List<CheckDefinition> out = new ArrayList<>();
        Node checkClass = NodeFactory.createURI(TWC + "Check");
        List<Node> subjects = shapes.find(Node.ANY, RDF.type.asNode(), checkClass).mapWith(Triple::getSubject).toList();
        for (Node shape : subjects) {
            List<String> clauses = shapes.find(shape, NodeFactory.createURI(TWC + "checksClause"), Node.ANY)
                    .mapWith(t -> t.getObject().getURI()).toList().stream().sorted().toList();
            out.add(new CheckDefinition(shape.getURI(), value(shapes, shape, RDFS_LABEL), value(shapes, shape, TWC + "checkDescription"),
                    clauses, value(shapes, shape, TWC + "evidenceQuery"), value(shapes, shape, TWC + "evidenceSummary"),
                    value(shapes, shape, TWC + "nothingToCheck"), value(shapes, shape, TWC + "metWhenEmpty"),
                    value(shapes, shape, TWC + "requiresData"), value(shapes, shape, TWC + "missingData"),
                    value(shapes, shape, TWC + "manualPart")));
        }
        out.sort(Comparator.comparing(CheckDefinition::iri));
        return List.copyOf(out);
    }

    /** Each check's node shape and its property shapes, mapped to the check: a report entry names its source shape. */
    private static Map<Node, String> shapeOwners(Graph shapes, List<CheckDefinition> checks) {
        Map<Node, String> owners = new HashMap<>();
        Node property = NodeFactory.createURI(SH + "property");
        for (CheckDefinition check : checks) {
            Node shape = NodeFactory.createURI(check.iri());
            owners.put(shape, check.iri());
            shapes.find(shape, property, Node.ANY).forEachRemaining(t -> owners.put(t.getObject(), check.iri()));
        }
        return owners;
    }

    private static String value(Graph graph, Node subject, String predicate) {
        var found = graph.find(subject, NodeFactory.createURI(predicate), Node.ANY);
        try {
            if (!found.hasNext()) {
                return null;
            }
            Node object = found.next().getObject();
            return object.isLiteral() ? object.getLiteralLexicalForm() : object.getURI();
        } finally {
            found.close();
        }
    }

    private static Graph ontology() {
        Graph graph = ontology;
        if (graph == null) {
            synchronized (ShaclChecks.class) {
                graph = ontology;
                if (graph == null) {
                    graph = GraphFactory.createDefaultGraph();
                    try (InputStream in = OntologyResources.openOntology()) {
                        RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the ontology", e);
                    }
                    ontology = graph;
                }
            }
        }
        return graph;
    }
}
