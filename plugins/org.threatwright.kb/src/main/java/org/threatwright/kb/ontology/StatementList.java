package org.threatwright.kb.ontology;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StatementSink;

/**
 * Collects the statements of one mapping in the order they are added, each once: a graph is a set, and a
 * repeated statement (an agent named by two decisions) would only make two mappings of the same data differ.
 */
final class StatementList implements StatementSink {

    private final Set<Statement> statements = new LinkedHashSet<>();

    @Override
    public void accept(Statement statement) {
        statements.add(statement);
    }

    List<Statement> toList() {
        return List.copyOf(statements);
    }
}
