package org.threatwright.kb.ontology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.threatwright.kb.ontology.internal.JenaStatements;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** Test helpers: the ontology files from the source tree, SHACL validation, statement shorthands. */
final class Rdf {

    private static Graph ontology;
    private static Shapes shapes;

    private Rdf() {
    }

    static Path ontologyFolder() {
        return Path.of(System.getProperty("threatwright.ontology", "../../models/ontology"));
    }

    static synchronized Graph ontology() {
        if (ontology == null) {
            ontology = RDFDataMgr.loadGraph(ontologyFolder().resolve("threatwright.ttl").toString());
        }
        return ontology;
    }

    static synchronized Shapes shapes() {
        if (shapes == null) {
            shapes = Shapes.parse(RDFDataMgr.loadGraph(ontologyFolder().resolve("threatwright-shapes.ttl").toString()));
        }
        return shapes;
    }

    /** Validates the union of the statements and the ontology (which gives sh:class its subclasses). */
    @SafeVarargs
    static ValidationReport validate(Collection<Statement>... data) {
        List<Statement> all = new ArrayList<>();
        for (Collection<Statement> part : data) {
            all.addAll(part);
        }
        Graph graph = JenaStatements.toGraph(all);
        GraphUtil.addInto(graph, ontology());
        return ShaclValidator.get().validate(shapes(), graph);
    }

    /** The first violations of a report, readable in an assertion message. */
    static String describe(ValidationReport report) {
        return report.getEntries().stream().limit(10)
                .map(entry -> entry.focusNode() + " " + entry.resultPath() + " " + entry.value() + ": " + entry.message()).collect(Collectors.joining("\n"));
    }

    static Statement iri(String subject, String predicate, String object) {
        return Statement.of(Term.iri(subject), predicate, Term.iri(object));
    }

    static Statement text(String subject, String predicate, String text) {
        return Statement.of(Term.iri(subject), predicate, Term.literal(text));
    }

    static Statement typed(String subject, String predicate, String lexical, String datatype) {
        return Statement.of(Term.iri(subject), predicate, Term.typed(lexical, datatype));
    }

    static Statement bool(String subject, String predicate, boolean value) {
        return typed(subject, predicate, Boolean.toString(value), TW.XSD_BOOLEAN);
    }

    static Statement type(String subject, String classIri) {
        return iri(subject, TW.RDF_TYPE, classIri);
    }

    static List<Statement> about(List<Statement> statements, String subject) {
        return statements.stream().filter(statement -> statement.subject().equals(Term.iri(subject))).toList();
    }
}
