package org.threatwright.kb.audit;

import org.threatwright.kb.ontology.TW;

/** Terms of the audit log (see the ontology section "History"). */
final class AuditVocabulary {

    static final String ENTRY_BASE = "https://threatwright.org/id/audit/";
    static final String AUDIT_ENTRY = TW.NS + "AuditEntry";
    static final String GRAPH_CHANGE = TW.NS + "GraphChange";
    static final String AUDIT_ACTION = TW.NS + "auditAction";
    static final String HAS_GRAPH_CHANGE = TW.NS + "hasGraphChange";
    static final String CHANGED_GRAPH = TW.NS + "changedGraph";
    static final String STATEMENTS_ADDED = TW.NS + "statementsAdded";
    static final String STATEMENTS_REMOVED = TW.NS + "statementsRemoved";
    static final String PROV_WAS_ASSOCIATED_WITH = TW.PROV + "wasAssociatedWith";
    static final String PROV_ENDED_AT_TIME = TW.PROV + "endedAtTime";
    static final String PROV_ACTIVITY = TW.PROV + "Activity";

    private AuditVocabulary() {
    }
}
