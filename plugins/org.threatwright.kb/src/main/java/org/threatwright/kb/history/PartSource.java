package org.threatwright.kb.history;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * One part of a snapshot as the diff reads it: a digest per subject (so that unchanged subjects are never read),
 * the statements of chosen subjects, who refers to chosen resources, or everything. In memory for the working model;
 * read from the store, by subject, for a baseline ({@link StoredBaseline}).
 */
public interface PartSource {

    /** A 64-bit digest of each subject's statements (without the part's ignored properties). */
    Map<Term, Long> digests();

    /** The statements of {@code subjects}, by subject and property; subjects without statements are absent. */
    Map<Term, Map<String, List<Term>>> describe(Set<Term> subjects);

    /** For each of {@code objects}, the subjects that point at it with one of {@code properties}. */
    Map<Term, List<Term>> referrers(Set<Term> objects, Set<String> properties);

    /** Every statement of the part (for parts that are small: requirements, decisions, risks). */
    List<Statement> all();

    /** Whether the part has no statements. */
    boolean isEmpty();
}
