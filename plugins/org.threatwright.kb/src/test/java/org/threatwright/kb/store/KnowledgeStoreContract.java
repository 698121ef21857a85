package org.threatwright.kb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatwright.kb.store.internal.JenaTerms;

/**
 * What every knowledge store must do, run against each back end by a subclass that says how to open a fresh,
 * empty one.
 */
abstract class KnowledgeStoreContract {

    static final String G1 = "urn:test:graph:one";
    static final String G2 = "urn:test:graph:two";
    static final String EX = "urn:test:";
    static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";

    static final Statement A_NAMED = Statement.of(Term.iri(EX + "a"), LABEL, Term.literal("A"));
    static final Statement B_NAMED = Statement.of(Term.iri(EX + "b"), LABEL, Term.literal("B"));
    static final Statement A_LINKS_B = Statement.of(Term.iri(EX + "a"), EX + "links", Term.iri(EX + "b"));

    protected KnowledgeStore store;

    /** A fresh, empty store of the back end under test. */
    protected abstract KnowledgeStore openStore();

    /** Whether reads inside a write transaction see that transaction's own changes (not so for a remote store). */
    protected boolean readsOwnWrites() {
        return true;
    }

    @BeforeEach
    void openFreshStore() {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---- add, remove, replace, clear ----

    @Test
    void addsToNamedGraphsSeparately() {
        store.writeAll(w -> {
            w.add(G1, List.of(A_NAMED, A_LINKS_B));
            w.add(G2, List.of(B_NAMED));
        });
        store.read(r -> {
            assertEquals(Set.of(A_NAMED, A_LINKS_B), Set.copyOf(r.statements(G1)));
            assertEquals(List.of(B_NAMED), r.statements(G2));
            assertEquals(2, r.size(G1));
            assertEquals(1, r.size(G2));
            assertEquals(0, r.size(null));
            assertEquals(Set.of(G1, G2), r.graphNames());
            return null;
        });
    }

    @Test
    void defaultGraphIsSeparateFromNamedGraphs() {
        store.writeAll(w -> {
            w.add(null, List.of(A_NAMED));
            w.add(G1, List.of(B_NAMED));
        });
        store.read(r -> {
            assertEquals(List.of(A_NAMED), r.statements(null));
            assertEquals(1, r.size(null));
            assertEquals(Set.of(G1), r.graphNames(), "the default graph is not a named graph");
            assertTrue(r.ask(Sparql.of("ASK { ?s ?p 'A' }")), "plain patterns match the default graph");
            assertFalse(r.ask(Sparql.of("ASK { ?s ?p 'B' }")), "and only the default graph");
            return null;
        });
        store.writeAll(w -> w.clearGraph(null));
        assertEquals(0L, sizeOf(null));
        assertEquals(1L, sizeOf(G1), "clearing the default graph leaves named graphs alone");
    }

    @Test
    void addingTwiceKeepsOneCopy() {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        store.writeAll(w -> w.add(G1, List.of(A_NAMED, A_NAMED)));
        assertEquals(1L, sizeOf(G1));
    }

    @Test
    void removesOnlyTheGivenStatementsFromTheGivenGraph() {
        store.writeAll(w -> {
            w.add(G1, List.of(A_NAMED, A_LINKS_B));
            w.add(G2, List.of(A_NAMED));
        });
        store.writeAll(w -> w.remove(G1, List.of(A_NAMED, B_NAMED)));
        assertEquals(List.of(A_LINKS_B), store.read(r -> r.statements(G1)));
        assertEquals(List.of(A_NAMED), store.read(r -> r.statements(G2)));
    }

    @Test
    void replacesOneGraphWholesale() {
        store.writeAll(w -> {
            w.add(G1, List.of(A_NAMED, A_LINKS_B));
            w.add(G2, List.of(A_NAMED));
        });
        store.writeAll(w -> w.replaceGraph(G1, List.of(B_NAMED)));
        assertEquals(List.of(B_NAMED), store.read(r -> r.statements(G1)));
        assertEquals(List.of(A_NAMED), store.read(r -> r.statements(G2)));
        store.writeAll(w -> w.replaceGraph(G1, List.of()));
        assertEquals(Set.of(G2), store.read(StoreReader::graphNames), "a graph replaced by nothing is gone");
    }

    @Test
    void clearingANamedGraphRemovesItFromTheNames() {
        store.writeAll(w -> {
            w.add(G1, List.of(A_NAMED));
            w.add(G2, List.of(B_NAMED));
        });
        store.writeAll(w -> w.clearGraph(G1));
        store.read(r -> {
            assertEquals(0, r.size(G1));
            assertEquals(Set.of(G2), r.graphNames());
            return null;
        });
    }

    @Test
    void keepsEveryKindOfTermExactly() {
        List<Statement> statements = List.of(
                Statement.of(Term.iri(EX + "t"), EX + "count", Term.typed("42", XSD_INTEGER)),
                Statement.of(Term.iri(EX + "t"), LABEL, Term.langString("Türsteuerung", "de")),
                Statement.of(Term.iri(EX + "t"), EX + "note", Term.literal("quote \" backslash \\ newline \n tab \t end")),
                Statement.of(Term.iri(EX + "t"), EX + "empty", Term.literal("")));
        store.writeAll(w -> w.add(G1, statements));
        assertEquals(Set.copyOf(statements), Set.copyOf(store.read(r -> r.statements(G1))));
    }

    @Test
    void keepsBlankNodesLinked() {
        Term node = Term.blank("n1");
        store.writeAll(w -> w.add(G1, List.of(Statement.of(Term.iri(EX + "a"), EX + "has", node),
                Statement.of(node, LABEL, Term.literal("inner")))));
        List<QueryRow> rows = store.read(r -> r.select(Sparql.of(
                "SELECT ?label WHERE { GRAPH ?g { ?a <urn:test:has> ?x . ?x ?p ?label } }").bindIri("g", G1)));
        assertEquals(1, rows.size());
        assertEquals("inner", rows.get(0).value("label"));
    }

    // ---- queries with bindings ----

    @Test
    void selectsWithBoundParameters() {
        store.writeAll(w -> {
            w.add(G1, List.of(A_NAMED, B_NAMED, A_LINKS_B));
            w.add(G2, List.of(Statement.of(Term.iri(EX + "a"), LABEL, Term.literal("A in two"))));
        });
        List<QueryRow> rows = store.read(r -> r.select(Sparql.of(
                "SELECT ?s ?label WHERE { GRAPH ?g { ?s <" + LABEL + "> ?label } } ORDER BY ?label").bindIri("g", G1)));
        assertEquals(2, rows.size());
        assertEquals("A", rows.get(0).value("label"));
        assertEquals(Term.iri(EX + "a"), rows.get(0).get("s").orElseThrow());
        assertEquals("B", rows.get(1).value("label"));

        List<QueryRow> byLabel = store.read(r -> r.select(Sparql.of(
                "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?label } }").bindLiteral("label", "A in two")));
        assertEquals(List.of(EX + "a"), byLabel.stream().map(row -> row.value("s")).toList());
    }

    @Test
    void unboundVariablesAreAbsentFromRows() {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED, A_LINKS_B)));
        List<QueryRow> rows = store.read(r -> r.select(Sparql.of("""
                SELECT ?s ?label WHERE { GRAPH <urn:test:graph:one> { ?s ?p ?o OPTIONAL { ?s <urn:test:none> ?label } } }""")));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).get("label").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> rows.get(0).value("label"));
    }

    @Test
    void asksWithBoundParameters() {
        store.writeAll(w -> w.add(G1, List.of(A_LINKS_B)));
        Sparql linked = Sparql.of("ASK { GRAPH ?g { ?from <urn:test:links> ?to } }");
        assertTrue(store.<Boolean>read(r -> r.ask(linked.bindIri("g", G1).bindIri("from", EX + "a").bindIri("to", EX + "b"))));
        assertFalse(store.<Boolean>read(r -> r.ask(Sparql.of("ASK { GRAPH ?g { ?from <urn:test:links> ?to } }")
                .bindIri("g", G1).bindIri("from", EX + "b"))));
    }

    @Test
    void constructsWithBoundParameters() {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED, B_NAMED, A_LINKS_B)));
        List<Statement> built = store.read(r -> r.construct(Sparql.of(
                "CONSTRUCT { ?s <urn:test:name> ?label } WHERE { GRAPH ?g { ?s <" + LABEL + "> ?label } }")
                .bindIri("g", G1).bindIri("s", EX + "b")));
        assertEquals(List.of(Statement.of(Term.iri(EX + "b"), EX + "name", Term.literal("B"))), built);
    }

    @Test
    void updatesWithBoundParameters() {
        store.writeAll(w -> w.update(Sparql.of("INSERT { GRAPH ?g { ?s <" + LABEL + "> ?label } } WHERE {}")
                .bindIri("g", G2).bindIri("s", EX + "a").bind("label", Term.langString("eins", "de"))));
        assertEquals(List.of(Statement.of(Term.iri(EX + "a"), LABEL, Term.langString("eins", "de"))),
                store.read(r -> r.statements(G2)));
    }

    @Test
    void queryOfTheWrongKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> store.read(r -> r.select(Sparql.of("ASK {}"))));
        assertThrows(IllegalArgumentException.class, () -> store.read(r -> r.ask(Sparql.of("SELECT * {}"))));
    }

    @Test
    void malformedSparqlIsAStoreException() {
        StoreException e = assertThrows(StoreException.class,
                () -> store.read(r -> r.select(Sparql.of("SELECT ?x WHERE { ?x"))));
        assertTrue(e.getMessage().contains("not a valid SPARQL query"), e.getMessage());
    }

    // ---- hostile parameters ----

    static final String HOSTILE = "x\" } ; DROP ALL ; #";

    @Test
    void hostileLiteralIsMatchedAndStoredAsOneLiteral() {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED, B_NAMED)));
        // the value ends up as the object of exactly one new triple; no graph is dropped
        store.writeAll(w -> w.update(Sparql.of("INSERT { GRAPH ?g { ?s <urn:test:comment> ?text } } WHERE {}")
                .bindIri("g", G2).bindIri("s", EX + "a").bindLiteral("text", HOSTILE)));
        store.read(r -> {
            assertEquals(2, r.size(G1), "nothing dropped");
            assertEquals(List.of(Statement.of(Term.iri(EX + "a"), EX + "comment", Term.literal(HOSTILE))), r.statements(G2));
            List<QueryRow> rows = r.select(Sparql.of("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?text } }").bindLiteral("text", HOSTILE));
            assertEquals(List.of(EX + "a"), rows.stream().map(row -> row.value("s")).toList());
            assertFalse(r.ask(Sparql.of("ASK { GRAPH ?g { ?s ?p ?text } }").bindLiteral("text", "x")));
            return null;
        });
    }

    @Test
    void iriThatWouldBreakOutOfItsBracketsIsRefusedAndNothingIsDropped() {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        String hostileIri = "urn:test:x> } ; DROP ALL ; #";
        assertThrows(IllegalArgumentException.class, () -> store.writeAll(w -> w.update(Sparql.of(
                "INSERT { GRAPH <urn:test:graph:two> { ?s <urn:test:p> 'v' } } WHERE {}").bindIri("s", hostileIri))));
        assertThrows(IllegalArgumentException.class, () -> store.read(r -> r.select(Sparql.of(
                "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").bindIri("g", hostileIri))));
        assertThrows(IllegalArgumentException.class, () -> store.read(r -> r.select(Sparql.of(
                "SELECT * WHERE { ?s ?p ?o }").bind("o", Term.langString("x", "en> } ; DROP ALL ; #")))));
        assertThrows(IllegalArgumentException.class, () -> store.writeAll(w -> w.add(G2, List.of(
                Statement.of(Term.iri(hostileIri), LABEL, Term.literal("v"))))));
        store.read(r -> {
            assertEquals(List.of(A_NAMED), r.statements(G1), "nothing dropped");
            assertEquals(Set.of(G1), r.graphNames(), "nothing added");
            return null;
        });
    }

    // ---- export and re-import ----

    private static List<Statement> richGraph() {
        Term blank = Term.blank("k1");
        return List.of(A_NAMED, A_LINKS_B,
                Statement.of(Term.iri(EX + "a"), EX + "count", Term.typed("7", XSD_INTEGER)),
                Statement.of(Term.iri(EX + "a"), EX + "title", Term.langString("Gerät", "de")),
                Statement.of(Term.iri(EX + "a"), EX + "note", Term.literal("line one\nline \"two\"")),
                Statement.of(Term.iri(EX + "a"), EX + "part", blank),
                Statement.of(blank, LABEL, Term.literal("a part")));
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = { "TURTLE", "N_TRIPLES", "RDF_XML", "JSON_LD" })
    void exportsAGraphThatLoadsBackIsomorphic(RdfFormat format) {
        store.writeAll(w -> w.add(G1, richGraph()));
        byte[] exported = store.read(r -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.export(G1, format, out);
            return out.toByteArray();
        });
        store.writeAll(w -> w.load(G2, format, new ByteArrayInputStream(exported), "export." + format.extension()));
        List<Statement> reloaded = store.read(r -> r.statements(G2));
        assertTrue(isomorphic(richGraph(), reloaded), format + " round trip differs:\n" + reloaded);
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = { "TRIG", "N_QUADS" })
    void exportsTheDatasetThatLoadsBackIsomorphic(RdfFormat format) {
        store.writeAll(w -> {
            w.add(G1, richGraph());
            w.add(G2, List.of(B_NAMED));
            w.add(null, List.of(A_LINKS_B));
        });
        byte[] exported = store.read(r -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.export(null, format, out);
            return out.toByteArray();
        });
        store.writeAll(w -> {
            w.clearGraph(G1);
            w.clearGraph(G2);
            w.clearGraph(null);
        });
        assertEquals(Set.of(), store.read(StoreReader::graphNames));
        store.writeAll(w -> w.load(null, format, new ByteArrayInputStream(exported), "export." + format.extension()));
        store.read(r -> {
            assertEquals(Set.of(G1, G2), r.graphNames());
            assertTrue(isomorphic(richGraph(), r.statements(G1)), format + ": " + r.statements(G1));
            assertEquals(List.of(B_NAMED), r.statements(G2));
            assertEquals(List.of(A_LINKS_B), r.statements(null));
            return null;
        });
    }

    @Test
    void exportsOneGraphInAQuadFormatUnderItsName() {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        String trig = store.read(r -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.export(G1, RdfFormat.TRIG, out);
            return out.toString(StandardCharsets.UTF_8);
        });
        store.writeAll(w -> w.clearGraph(G1));
        store.writeAll(w -> w.load(null, RdfFormat.TRIG, stream(trig), "one.trig"));
        assertEquals(List.of(A_NAMED), store.read(r -> r.statements(G1)));
    }

    // ---- transactions ----

    @Test
    void commitsWhenTheWorkReturns() {
        String result = store.write(w -> {
            w.add(G1, List.of(A_NAMED));
            return "done";
        });
        assertEquals("done", result);
        assertEquals(List.of(A_NAMED), store.read(r -> r.statements(G1)));
    }

    @Test
    void abortsWhenTheWorkThrowsAndNothingIsVisible() {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        IllegalStateException failure = new IllegalStateException("the caller's own failure");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.writeAll(w -> {
            w.add(G1, List.of(B_NAMED));
            w.add(G2, List.of(A_LINKS_B));
            w.clearGraph(null);
            w.update(Sparql.of("INSERT DATA { <urn:test:x> <urn:test:y> <urn:test:z> }"));
            throw failure;
        }));
        assertSame(failure, thrown, "the work's exception reaches the caller unchanged");
        store.read(r -> {
            assertEquals(List.of(A_NAMED), r.statements(G1));
            assertEquals(Set.of(G1), r.graphNames());
            assertEquals(0, r.size(null));
            return null;
        });
    }

    @Test
    void aFailingUpdateAbortsTheWholeTransaction() {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        // LOAD from a port where nothing listens fails while the update executes, after the earlier changes
        assertThrows(StoreException.class, () -> store.writeAll(w -> {
            w.add(G1, List.of(B_NAMED));
            w.clearGraph(G1);
            w.update(Sparql.of("LOAD <http://127.0.0.1:9/missing.ttl> INTO GRAPH <urn:test:graph:two>"));
        }));
        assertEquals(List.of(A_NAMED), store.read(r -> r.statements(G1)), "nothing of the failed transaction stays");
    }

    @Test
    void readersSeeCommittedDataOnly() throws Exception {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        // a thread of its own: the common pool may have a single thread, which the HTTP client needs too
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<?> writer = thread.submit(() -> store.writeAll(w -> {
            w.add(G1, List.of(B_NAMED, A_LINKS_B));
            written.countDown();
            await(readDone);
        }));
        thread.shutdown();
        assertTrue(written.await(30, TimeUnit.SECONDS));
        assertEquals(1L, sizeOf(G1), "a reader during a write sees the state before it");
        readDone.countDown();
        writer.get(30, TimeUnit.SECONDS);
        assertEquals(3L, sizeOf(G1), "and the committed state after it");
    }

    @Test
    void readsInsideAWriteSeeItsOwnChangesWhereTheBackEndCan() {
        boolean seen = store.write(w -> {
            w.add(G1, List.of(A_NAMED));
            return w.size(G1) == 1 && w.ask(Sparql.of("ASK { GRAPH ?g { ?s ?p 'A' } }").bindIri("g", G1));
        });
        assertEquals(readsOwnWrites(), seen);
    }

    @Test
    void transactionsDoNotNest() {
        assertThrows(IllegalStateException.class, () -> store.read(r -> store.read(inner -> inner.size(null))));
        assertThrows(IllegalStateException.class, () -> store.writeAll(w -> store.read(inner -> inner.size(null))));
        store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        assertEquals(1L, sizeOf(G1), "the store still works afterwards");
    }

    @Test
    void aReaderCannotBeUsedAfterItsTransaction() {
        StoreReader leaked = store.read(r -> r);
        assertThrows(IllegalStateException.class, () -> leaked.size(G1));
        StoreWriter leakedWriter = store.write(w -> w);
        assertThrows(IllegalStateException.class, () -> leakedWriter.add(G1, List.of(A_NAMED)));
        assertEquals(0L, sizeOf(G1));
    }

    @Test
    void describesWhereTheDataLives() {
        assertFalse(store.describe().isBlank());
    }

    // ---- loading ----

    @Test
    void loadsTriplesIntoAGraphAndQuadsIntoTheDataset() {
        store.writeAll(w -> {
            w.load(G1, RdfFormat.TURTLE, stream("<urn:test:a> <" + LABEL + "> \"A\" ."), "a.ttl");
            w.load(null, RdfFormat.N_QUADS, stream("<urn:test:b> <" + LABEL + "> \"B\" <" + G2 + "> .\n"), "b.nq");
        });
        assertEquals(List.of(A_NAMED), store.read(r -> r.statements(G1)));
        assertEquals(List.of(B_NAMED), store.read(r -> r.statements(G2)));
        assertThrows(IllegalArgumentException.class,
                () -> store.writeAll(w -> w.load(G1, RdfFormat.TRIG, stream(""), "x.trig")));
    }

    static List<Object[]> malformedInputs() {
        return List.of(
                new Object[] { RdfFormat.TURTLE, "broken.ttl", """
                        @prefix ex: <urn:test:> .
                        ex:a ex:p "fine" .
                        ex:b ex:p "one" "two" .
                        """, 3 },
                new Object[] { RdfFormat.N_TRIPLES, "broken.nt", """
                        <urn:test:a> <urn:test:p> "fine" .
                        <urn:test:b> <urn:test:p> "fine" .
                        <urn:test:c> <urn:test:p> <urn:test:d>
                        <urn:test:e> <urn:test:p> "after" .
                        """, 4 },
                new Object[] { RdfFormat.TRIG, "broken.trig", """
                        <urn:test:graph:two> {
                          <urn:test:a> <urn:test:p> "fine" .
                          <urn:test:b> <urn:test:p> ;
                        }
                        """, 3 },
                new Object[] { RdfFormat.JSON_LD, "broken.jsonld", """
                        {
                          "@id": "urn:test:a",
                          "urn:test:p": "fine",
                          "urn:test:q": oops
                        }
                        """, 4 });
    }

    @ParameterizedTest
    @MethodSource("malformedInputs")
    void malformedInputIsPlacedByLineAndColumnAndLoadsNothing(RdfFormat format, String name, String text, int line) {
        store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        String target = format.carriesGraphs() ? null : G2;
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class,
                () -> store.writeAll(w -> w.load(target, format, stream(text), name)));
        assertEquals(name, e.source());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.column() > 0, "a column: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(name + ":" + line + ":" + e.column() + ": "), e.getMessage());
        store.read(r -> {
            assertEquals(Set.of(G1), r.graphNames(), "not even the well-formed start of the input is kept");
            assertEquals(List.of(A_NAMED), r.statements(G1));
            assertEquals(0, r.size(null));
            return null;
        });
    }

    @Test
    void aLoadFailureAbortsTheTransactionEvenWhenTheWorkCatchesIt() {
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> store.writeAll(w -> {
            w.add(G1, List.of(A_NAMED));
            try {
                w.load(G2, RdfFormat.TURTLE, stream("<urn:test:a> <urn:test:p> \"ok\" .\n<urn:test:b> oops"), "bad.ttl");
            } catch (RdfSyntaxException ignored) {
                // a caller that carries on regardless must not get half a file committed
            }
        }));
        assertEquals("bad.ttl", e.source());
        assertEquals(Set.of(), store.read(StoreReader::graphNames));
    }

    // ---- helpers ----

    long sizeOf(String graphIri) {
        return store.<Long>read(r -> r.size(graphIri));
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isomorphic(List<Statement> expected, List<Statement> actual) {
        return graph(expected).isIsomorphicWith(graph(actual)) && new HashSet<>(actual).size() == actual.size();
    }

    private static Graph graph(List<Statement> statements) {
        Graph graph = GraphFactory.createDefaultGraph();
        JenaTerms.toTriples(statements).forEach(graph::add);
        return graph;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
