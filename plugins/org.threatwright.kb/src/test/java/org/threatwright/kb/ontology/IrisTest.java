package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IRIs are built from ids, stay valid whatever the id holds, and give the id back. */
class IrisTest {

    @Test
    void ordinaryIdsStayReadable() {
        assertEquals("https://threatwright.org/id/finding/stride-process-spoofing@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e",
                Iris.finding("stride-process-spoofing@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e"));
        assertEquals("https://threatwright.org/id/element/e2f51bc9-72bf-4505-b47d-301ebcbf4c7e",
                Iris.element("e2f51bc9-72bf-4505-b47d-301ebcbf4c7e"));
        assertEquals("https://threatwright.org/id/rule/iot-debug-port-exposed", Iris.rule("iot-debug-port-exposed"));
        assertEquals("https://threatwright.org/id/analysis/b12852eb/2026-11-23", Iris.analysisRun("b12852eb", LocalDate.of(2026, 11, 23)));
    }

    @Test
    void oddCharactersArePercentEncoded() {
        assertEquals("https://threatwright.org/id/finding/rule-x@flow%201%2Fa%23b%3Fc%25d@gr%C3%B6%C3%9Fe%3Ai%F0%9F%94%91",
                Iris.finding("rule-x@flow 1/a#b?c%d@größe:i🔑"));
        assertEquals("https://threatwright.org/id/element/%2E", Iris.element("."));
        assertEquals("https://threatwright.org/id/element/%2E%2E", Iris.element(".."));
        assertEquals("https://threatwright.org/id/element/...", Iris.element("..."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "stride-process-spoofing@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e", "rule-x@flow 1/a#b?c%d@größe:i🔑",
            ".", "..", "a%2Fb", "<script>\"'&", "tab\there\nnewline", "ünïcödé@ÄÖÜ", "%", "+plus+" })
    void everyFindingIriIsAValidIriAndGivesItsIdBack(String id) {
        String iri = Iris.finding(id);
        IRIx.create(iri); // throws on an invalid IRI
        assertEquals(id, Iris.findingIdOf(iri));
        assertEquals(id, Iris.elementIdOf(Iris.element(id)));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Iris.element(""));
        assertThrows(NullPointerException.class, () -> Iris.element(null));
        assertThrows(IllegalArgumentException.class, () -> Iris.decodeSegment("abc%4"));
        assertThrows(IllegalArgumentException.class, () -> Iris.decodeSegment("abc%zz"));
        assertThrows(IllegalArgumentException.class, () -> Iris.decodeSegment("%C3%28"), "invalid UTF-8");
        assertThrows(IllegalArgumentException.class, () -> Iris.findingIdOf("https://threatwright.org/id/element/x"));
        assertThrows(IllegalArgumentException.class, () -> Iris.findingIdOf(Iris.FINDING));
    }

    @Test
    void attackPathsAreNamedByEntryPointAndAShortHashOfTheirSteps() {
        String key = "f1>f2>hosting:a>b>f3>f4>f5";
        assertEquals(Iris.attackPath("entry", key), Iris.attackPath("entry", key));
        assertTrue(Iris.attackPath("entry", key).matches("https://threatwright\\.org/id/attack-path/entry/[0-9a-f]{32}"));
        assertNotEquals(Iris.attackPath("entry", key), Iris.attackPath("other", key));
        assertNotEquals(Iris.attackPath("entry", key), Iris.attackPath("entry", key + ">f6"));
    }

    @Test
    void rawNonAsciiInAnIriDecodesToo() {
        assertEquals("größe", Iris.decodeSegment("größe"));
    }
}
