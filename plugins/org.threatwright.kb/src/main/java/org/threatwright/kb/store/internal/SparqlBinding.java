package org.threatwright.kb.store.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.StoreException;
import org.threatwright.kb.store.Term;

/**
 * Turns a {@link Sparql} into a Jena query or update whose parameters are substituted in the parsed syntax
 * tree: the text is parsed first, with the parameters still variables, and only then are the variables
 * replaced by RDF terms. A parameter value is never spliced into text, so it cannot change the structure.
 */
public final class SparqlBinding {

    private SparqlBinding() {
    }

    public static Query query(Sparql sparql) {
        Query parsed;
        try {
            parsed = QueryFactory.create(sparql.text());
        } catch (QueryParseException e) {
            throw new StoreException("not a valid SPARQL query: " + e.getMessage(), e);
        }
        return sparql.bindings().isEmpty() ? parsed : QueryTransformOps.transform(parsed, substitutions(sparql));
    }

    public static UpdateRequest update(Sparql sparql) {
        UpdateRequest parsed;
        try {
            parsed = UpdateFactory.create(sparql.text());
        } catch (QueryParseException e) {
            throw new StoreException("not a valid SPARQL update: " + e.getMessage(), e);
        }
        return sparql.bindings().isEmpty() ? parsed : UpdateTransformOps.transform(parsed, substitutions(sparql));
    }

    private static Map<Var, Node> substitutions(Sparql sparql) {
        Map<Var, Node> substitutions = new HashMap<>();
        for (Map.Entry<String, Term> binding : sparql.bindings().entrySet()) {
            substitutions.put(Var.alloc(binding.getKey()), JenaTerms.toNode(binding.getValue()));
        }
        return substitutions;
    }
}
