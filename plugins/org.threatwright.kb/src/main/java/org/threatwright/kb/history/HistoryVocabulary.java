package org.threatwright.kb.history;

import org.threatwright.kb.ontology.TW;

/** Terms of baselines (see the ontology section "History"). */
final class HistoryVocabulary {

    static final String BASELINE = TW.NS + "Baseline";
    static final String BASELINE_PART = TW.NS + "BaselinePart";
    static final String BASELINE_OF = TW.NS + "baselineOf";
    static final String BASELINE_VERSION = TW.NS + "baselineVersion";
    static final String HAS_BASELINE_PART = TW.NS + "hasBaselinePart";
    static final String PART_NAME = TW.NS + "partName";
    static final String PART_GRAPH = TW.NS + "partGraph";
    static final String STATEMENT_COUNT = TW.NS + "statementCount";
    static final String SOURCE_FILE = TW.NS + "sourceFile";
    static final String SOURCE_SHA256 = TW.NS + "sourceSha256";
    static final String SOURCE_MODIFIED = TW.NS + "sourceModified";
    static final String MODEL_TEXT = TW.NS + "modelText";

    private HistoryVocabulary() {
    }
}
