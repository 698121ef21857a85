package org.threatwright.kb.history;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * Per-subject digests of a part: the sum (mod 2^64) of a 64-bit hash of each statement, so the order of statements
 * does not matter and one pass suffices. Computed when a baseline is created and kept in its manifest, so that a
 * diff reads the digests of both sides and then only the subjects whose digests differ. Properties that the diff
 * ignores ({@link #ignored}) are left out, so a change of only those is no change.
 */
final class SubjectDigests {

    /**
     * Finding properties that change without the finding changing: the run IRI (a new one per evaluation date), the
     * triage snapshot (compared in the triage part) and the explanation, generated text that mentions neighbours
     * (a flow added to an element rewrites the explanations of all its findings).
     */
    private static final Set<String> IGNORED_ANALYSIS = Set.of(TW.PROV_WAS_GENERATED_BY, TW.NS + "triageStatus",
            TW.NS + "explanation");

    private SubjectDigests() {
    }

    /** The properties the diff ignores in a part. */
    static Set<String> ignored(HistoryPart part) {
        return part == HistoryPart.ANALYSIS ? IGNORED_ANALYSIS : Set.of();
    }

    /** The digests of the subjects of {@code statements}; null when a subject is a blank node (no stable name). */
    static Map<Term, Long> of(List<Statement> statements, HistoryPart part) {
        Set<String> ignored = ignored(part);
        Map<Term, Long> digests = new HashMap<>();
        for (Statement s : statements) {
            if (!s.subject().isIri()) {
                return null;
            }
            if (!ignored.contains(s.predicate().value())) {
                digests.merge(s.subject(), hash(s), Long::sum);
            } else {
                digests.putIfAbsent(s.subject(), 0L);
            }
        }
        return digests;
    }

    /** The digests as text: one {@code <16 hex digits> <subject IRI>} line per subject. */
    static String serialise(Map<Term, Long> digests) {
        StringBuilder text = new StringBuilder(digests.size() * 80);
        digests.forEach((subject, digest) -> text.append(String.format("%016x", digest)).append(' ').append(subject.value()).append('\n'));
        return text.toString();
    }

    static Map<Term, Long> parse(String text) {
        Map<Term, Long> digests = new HashMap<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > 17) {
                digests.put(Term.iri(text.substring(start + 17, end)), Long.parseUnsignedLong(text, start, start + 16, 16));
            }
            start = end + 1;
        }
        return digests;
    }

    private static long hash(Statement s) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, s.predicate().value());
        Term o = s.object();
        h = fnv(h, o.kind().name());
        h = fnv(h, o.value());
        if (o.isLiteral()) {
            h = fnv(h, o.datatype());
            h = fnv(h, o.language() == null ? "" : o.language());
        }
        // final mix, so that sums of similar statements do not cancel out
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long fnv(long h, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return (h ^ 0xff) * 0x100000001b3L; // separator
    }
}
