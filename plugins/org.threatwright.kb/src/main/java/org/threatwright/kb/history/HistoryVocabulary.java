package org.threatwright.kb.history;

import org.threatwright.kb.ontology.TW;

/** Terms of baselines (see the ontology section "History"). */
final class HistoryVocabulary {

    static final String BASELINE = TW.BASELINE;
    static final String BASELINE_PART = TW.BASELINE_PART;
    static final String BASELINE_OF = TW.BASELINE_OF;
    static final String BASELINE_VERSION = TW.BASELINE_VERSION;
    static final String HAS_BASELINE_PART = TW.HAS_BASELINE_PART;
    static final String PART_NAME = TW.PART_NAME;
    static final String PART_GRAPH = TW.PART_GRAPH;
    static final String STATEMENT_COUNT = TW.STATEMENT_COUNT;
    static final String SOURCE_FILE = TW.SOURCE_FILE;
    static final String SOURCE_SHA256 = TW.SOURCE_SHA256;
    static final String SOURCE_MODIFIED = TW.SOURCE_MODIFIED;
    static final String MODEL_TEXT = TW.MODEL_TEXT;
    static final String SUBJECT_DIGESTS = TW.SUBJECT_DIGESTS;

    private HistoryVocabulary() {
    }
}
