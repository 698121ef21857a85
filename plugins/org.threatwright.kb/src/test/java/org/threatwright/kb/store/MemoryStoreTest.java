package org.threatwright.kb.store;

/** The contract on the in-memory back end. */
class MemoryStoreTest extends KnowledgeStoreContract {

    @Override
    protected KnowledgeStore openStore() {
        return KnowledgeStores.memory();
    }
}
