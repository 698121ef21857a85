package org.threatwright.kb.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Term;

/** Parameters become terms in the parsed query: a hostile value changes no structure, in the tree or as text. */
class SparqlBindingTest {

    private static final String HOSTILE = "x\" } ; DROP ALL ; #";
    private static final String SELECT = "SELECT ?s WHERE { GRAPH ?g { ?s <urn:test:name> ?name } FILTER(?name != 'none') }";
    private static final String UPDATE = "INSERT { GRAPH ?g { ?s <urn:test:name> ?name } } WHERE {}";

    @Test
    void aHostileLiteralLeavesTheQueryStructureAsABenignOneDoes() {
        Query hostile = SparqlBinding.query(Sparql.of(SELECT).bindIri("g", "urn:test:g").bindLiteral("name", HOSTILE));
        Query benign = SparqlBinding.query(Sparql.of(SELECT).bindIri("g", "urn:test:g").bindLiteral("name", "Alice"));
        assertNotEquals(benign, hostile, "the values differ");
        assertEquals(withLiteralsBlanked(benign), withLiteralsBlanked(hostile), "but nothing else does");
        // and the text a remote store sends parses back to the very same query
        assertEquals(hostile, QueryFactory.create(hostile.serialize()));
        assertTrue(hostile.serialize().contains("\"x\\\" } ; DROP ALL ; #\""), hostile.serialize());
    }

    @Test
    void aHostileLiteralInAnUpdateStaysOneLiteralOfOneOperation() {
        UpdateRequest hostile = SparqlBinding.update(Sparql.of(UPDATE).bindIri("g", "urn:test:g")
                .bindIri("s", "urn:test:s").bindLiteral("name", HOSTILE));
        assertEquals(1, hostile.getOperations().size());
        UpdateRequest reparsed = UpdateFactory.create(hostile.toString());
        assertEquals(1, reparsed.getOperations().size(), "no DROP ALL smuggled in:\n" + hostile);
        assertEquals(hostile.toString(), reparsed.toString(), "the text is a fixed point");
        Quad inserted = ((UpdateModify) reparsed.getOperations().get(0)).getInsertQuads().get(0);
        assertEquals(HOSTILE, inserted.getObject().getLiteralLexicalForm(), "the value arrives as one literal");
    }

    @Test
    void anIriThatWouldCloseItsBracketIsRefused() {
        for (String iri : new String[] { "urn:test:x> } ; DROP ALL ; #", "urn:test:a b", "urn:test:\"", "urn:x\n" }) {
            assertThrows(IllegalArgumentException.class,
                    () -> SparqlBinding.query(Sparql.of(SELECT).bindIri("g", iri)), iri);
        }
        assertThrows(IllegalArgumentException.class,
                () -> SparqlBinding.query(Sparql.of(SELECT).bind("name", Term.typed("1", "urn:t> } DROP ALL #"))));
        assertThrows(IllegalArgumentException.class,
                () -> SparqlBinding.query(Sparql.of(SELECT).bind("name", Term.blank("b } DROP ALL"))));
    }

    @Test
    void aBoundProjectedVariableIsStillAnswered() {
        Query query = SparqlBinding.query(Sparql.of("SELECT ?s ?o WHERE { ?s ?p ?o }").bindIri("s", "urn:test:s"));
        assertEquals(2, query.getProjectVars().size(), "?s stays in the results, as the constant: " + query);
    }

    private static Query withLiteralsBlanked(Query query) {
        return QueryTransformOps.transform(query,
                node -> node.isLiteral() ? NodeFactory.createLiteralString("LITERAL") : node);
    }
}
