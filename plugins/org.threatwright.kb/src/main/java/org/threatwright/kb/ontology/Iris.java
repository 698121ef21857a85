package org.threatwright.kb.ontology;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The IRIs of things in the knowledge base, built from their stable ids so that the same thing always gets the
 * same IRI: model elements from their UUIDs, findings from their finding ids, rules from their rule ids.
 *
 * <p>An id becomes one path segment: characters outside {@code A-Z a-z 0-9 - . _ ~ @} are percent-encoded
 * (UTF-8, upper-case hex), so {@code /}, {@code #}, {@code ?}, {@code %}, spaces and non-ASCII letters cannot
 * change the IRI's structure, and decoding gives back the id exactly. {@code @} stays readable because finding
 * ids are built with it and IRIs allow it in paths.
 */
public final class Iris {

    /** Where all instance IRIs live. */
    public static final String BASE = "https://threatwright.org/id/";
    public static final String ELEMENT = BASE + "element/";
    public static final String FINDING = BASE + "finding/";
    public static final String RULE = BASE + "rule/";
    public static final String ANALYSIS = BASE + "analysis/";
    public static final String ATTACK_TARGET = BASE + "attack-target/";
    public static final String ATTACK_PATH = BASE + "attack-path/";
    public static final String TRIAGE = BASE + "triage/";
    public static final String AGENT = BASE + "agent/";
    public static final String RISK = BASE + "risk/";
    public static final String REQUIREMENT = BASE + "requirement/";
    public static final String CONTROL = BASE + "control/";
    public static final String EVIDENCE = BASE + "evidence/";
    public static final String DECISION = BASE + "decision/";
    public static final String BASELINE = BASE + "baseline/";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Iris() {
    }

    /** {@code https://threatwright.org/id/element/<id>}: any model element, the product included. */
    public static String element(String id) {
        return ELEMENT + encodeSegment(id);
    }

    /** {@code https://threatwright.org/id/finding/<finding id>}. */
    public static String finding(String findingId) {
        return FINDING + encodeSegment(findingId);
    }

    /** The finding id a finding IRI was built from. */
    public static String findingIdOf(String findingIri) {
        return decodeSegment(after(FINDING, findingIri));
    }

    /** The element id an element IRI was built from. */
    public static String elementIdOf(String elementIri) {
        return decodeSegment(after(ELEMENT, elementIri));
    }

    /** {@code https://threatwright.org/id/rule/<rule id>}. */
    public static String rule(String ruleId) {
        return RULE + encodeSegment(ruleId);
    }

    /**
     * One analysis of one model for one evaluation date: {@code .../analysis/<model id>/<date>}. The same model,
     * date and rules derive the same findings, so a repeated run is the same activity.
     */
    public static String analysisRun(String modelId, LocalDate evaluationDate) {
        return ANALYSIS + encodeSegment(modelId) + "/" + Objects.requireNonNull(evaluationDate, "evaluationDate");
    }

    /** The attack paths and minimum cut towards one target element. */
    public static String attackTarget(String targetElementId) {
        return ATTACK_TARGET + encodeSegment(targetElementId);
    }

    /**
     * An attack path: {@code .../attack-path/<entry point id>/<hash of the path key>}, so it keeps its IRI while
     * the path exists. The key (the step ids joined) is hashed (SHA-256, first 128 bits in hex) because the key of a
     * five-step path is hundreds of characters; the path's steps are statements of their own, so nothing is lost.
     * The entry point is part of the IRI because the key alone is not unique: a bidirectional flow walked against
     * its direction has the same step id.
     */
    public static String attackPath(String entryPointId, String pathKey) {
        return ATTACK_PATH + encodeSegment(entryPointId) + "/" + shortHash(pathKey);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The (current) triage decision about a finding. */
    public static String triageDecision(String findingId) {
        return TRIAGE + encodeSegment(findingId);
    }

    /** The risk assessed for a finding: one risk per finding, keyed like the finding so it survives re-derivation. */
    public static String risk(String findingId) {
        return RISK + encodeSegment(findingId);
    }

    /** A security requirement, by its id (e.g. {@code REQ-012}). */
    public static String requirement(String requirementId) {
        return REQUIREMENT + encodeSegment(requirementId);
    }

    /** A control, by its id. */
    public static String control(String controlId) {
        return CONTROL + encodeSegment(controlId);
    }

    /** A piece of verification evidence, by its id. */
    public static String evidence(String evidenceId) {
        return EVIDENCE + encodeSegment(evidenceId);
    }

    /** A design decision, by its id (e.g. {@code DEC-003}). */
    public static String designDecision(String decisionId) {
        return DECISION + encodeSegment(decisionId);
    }

    /** A release baseline of a model: {@code .../baseline/<model id>/<baseline name>}. */
    public static String baseline(String modelId, String baselineName) {
        return BASELINE + encodeSegment(modelId) + "/" + encodeSegment(baselineName);
    }

    /** Someone who decided something, known only by the name they gave. */
    public static String agent(String name) {
        return AGENT + encodeSegment(name);
    }

    /** {@code raw} as one IRI path segment; see the class comment. */
    public static String encodeSegment(String raw) {
        Objects.requireNonNull(raw, "id");
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("an empty id cannot name anything in the knowledge base");
        }
        StringBuilder encoded = new StringBuilder(raw.length());
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isKept(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        String segment = encoded.toString();
        // "." and ".." are dot segments: IRI resolution would remove them, so they are encoded too
        return segment.equals(".") || segment.equals("..") ? segment.replace(".", "%2E") : segment;
    }

    /** The id {@link #encodeSegment} encoded; rejects malformed escapes and invalid UTF-8. */
    public static String decodeSegment(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length();) {
            int c = segment.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    throw new IllegalArgumentException("truncated percent escape in '" + segment + "'");
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("malformed percent escape in '" + segment + "'");
                }
                bytes.write(high << 4 | low);
                i += 3;
            } else {
                // an IRI may carry non-ASCII letters unencoded
                byte[] utf8 = Character.toString(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("'" + segment + "' does not decode to UTF-8 text", e);
        }
    }

    private static boolean isKept(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~' || c == '@';
    }

    private static String after(String prefix, String iri) {
        if (iri == null || !iri.startsWith(prefix) || iri.length() == prefix.length()) {
            throw new IllegalArgumentException("not an IRI under " + prefix + ": " + iri);
        }
        return iri.substring(prefix.length());
    }
}
