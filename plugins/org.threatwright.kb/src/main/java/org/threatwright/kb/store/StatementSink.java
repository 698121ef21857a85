package org.threatwright.kb.store;

/**
 * Where a mapping writes its statements one at a time, so that a large mapping (millions of statements) never has to
 * be held in memory as a whole: {@link BatchedWrites} passes them into a write transaction in batches, a
 * {@code List::add} collects them. A sink may receive the same statement twice; a graph is a set, so storing it
 * keeps one.
 */
@FunctionalInterface
public interface StatementSink {

    void accept(Statement statement);
}
