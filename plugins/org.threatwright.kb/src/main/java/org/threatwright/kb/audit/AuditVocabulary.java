package org.threatwright.kb.audit;

import org.threatwright.kb.ontology.TW;

/** Terms of the audit log (see the ontology section "History"). */
final class AuditVocabulary {

    static final String ENTRY_BASE = "https://threatwright.org/id/audit/";
    static final String AUDIT_ENTRY = TW.AUDIT_ENTRY;
    static final String GRAPH_CHANGE = TW.GRAPH_CHANGE;
    static final String AUDIT_ACTION = TW.AUDIT_ACTION;
    static final String HAS_GRAPH_CHANGE = TW.HAS_GRAPH_CHANGE;
    static final String CHANGED_GRAPH = TW.CHANGED_GRAPH;
    static final String STATEMENTS_ADDED = TW.STATEMENTS_ADDED;
    static final String STATEMENTS_REMOVED = TW.STATEMENTS_REMOVED;
    static final String PROV_WAS_ASSOCIATED_WITH = TW.PROV + "wasAssociatedWith";
    static final String PROV_ENDED_AT_TIME = TW.PROV + "endedAtTime";
    static final String PROV_ACTIVITY = TW.PROV + "Activity";

    private AuditVocabulary() {
    }
}
