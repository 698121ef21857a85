package org.threatwright.kb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JenaVersionTest {

    @Test
    void theJenaVersionIsTheOneThePomPins() {
        // the root pom's jena.version: the about box must show the version really running
        assertEquals("5.6.0", KnowledgeStores.jenaVersion());
    }
}
