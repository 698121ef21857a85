package org.threatwright.kb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchedWritesTest {

    private static final String GRAPH = "urn:test:graph";

    private static Statement statement(int i) {
        return Statement.of(Term.iri("urn:test:s" + i), "urn:test:p", Term.literal("value " + i));
    }

    @Test
    void addsAFullBatchAtOnceAndTheRestOnFlush() {
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            store.writeAll(writer -> {
                BatchedWrites batches = new BatchedWrites(writer, GRAPH, 2);
                for (int i = 0; i < 5; i++) {
                    batches.accept(statement(i));
                }
                assertEquals(4, writer.size(GRAPH), "two full batches are in the transaction, one statement waits");
                assertEquals(4, batches.written());
                batches.flush();
                assertEquals(5, batches.written());
            });
            assertEquals(5L, (long) store.<Long>read(reader -> reader.size(GRAPH)));
        }
    }

    @Test
    void aBatchHoldsAtLeastOneStatement() {
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.writeAll(writer -> new BatchedWrites(writer, GRAPH, 0)));
            assertTrue(e.getMessage().contains("at least one statement, not 0"), e.getMessage());
        }
    }
}
