package org.threatwright.kb.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The question-answering side of {@link Catalogues}. */
class CataloguesTest {

    private static final Catalogues CATALOGUES = Catalogues.builtIn();

    @Test
    void builtInIsLoadedOnce() {
        assertSame(CATALOGUES, Catalogues.builtIn());
    }

    @Test
    void conceptByNotation() {
        CatalogueConcept c = CATALOGUES.concept(Catalogues.IOTSF, "2.4.3.24").orElseThrow();
        assertEquals("https://threatwright.org/catalogue/iotsf/2.4.3.24", c.iri());
        assertEquals("Mandatory for Class 2 and above", c.applicabilityText());
        assertEquals(CatalogueVocabulary.MANDATORY_CLASS_2_PLUS, c.applicability());
        assertEquals(2, c.mandatoryFromClass());
        assertEquals("Business", c.primaryKeyword());
        assertEquals("Responsibility", c.secondaryKeyword());
        assertEquals("https://threatwright.org/catalogue/iotsf/2.4.3", c.broader());
        assertEquals(c, CATALOGUES.concept(c.iri()).orElseThrow());
        assertTrue(CATALOGUES.concept(Catalogues.IOTSF, "2.4.3.99").isEmpty());
        assertTrue(CATALOGUES.concept(Catalogues.ZVEI_HPR, "2.4.3.24").isEmpty(), "notations are per scheme");

        CatalogueConcept etsi = CATALOGUES.concept(Catalogues.ETSI_EN_303_645, "5.1-1").orElseThrow();
        assertEquals(CatalogueVocabulary.MANDATORY, etsi.obligation());
        assertTrue(etsi.conditional());
        CatalogueConcept etsi2 = CATALOGUES.concept(Catalogues.ETSI_EN_303_645, "5.2-2").orElseThrow();
        assertEquals(CatalogueVocabulary.RECOMMENDED, etsi2.obligation());
        assertFalse(etsi2.conditional());
        assertNull(etsi2.condition());
    }

    @Test
    void requirementsComeInNotationOrderWithoutReservedNumbers() {
        List<String> iotsf = CATALOGUES.requirements(Catalogues.IOTSF).stream().map(CatalogueConcept::notation).toList();
        assertEquals("2.4.3.1", iotsf.get(0));
        assertEquals(List.of("2.4.3.9", "2.4.3.9.1", "2.4.3.10"), iotsf.subList(iotsf.indexOf("2.4.3.9"),
                iotsf.indexOf("2.4.3.9") + 3));
        assertFalse(iotsf.contains("2.4.3.3"));
        assertFalse(iotsf.contains("2.4.3.15"));
        assertEquals("2.4.3.29", iotsf.get(iotsf.size() - 1));
        List<String> etsi = CATALOGUES.concepts(Catalogues.ETSI_EN_303_645).stream().map(CatalogueConcept::notation)
                .toList();
        assertTrue(etsi.indexOf("5.9-3") < etsi.indexOf("5.10"), "5.9 before 5.10");
        assertTrue(etsi.indexOf("5.3-9") < etsi.indexOf("5.3-10"));
    }

    @Test
    void schemesCarryTheirMetadata() {
        CatalogueScheme zvei = CATALOGUES.scheme(Catalogues.ZVEI_HPR).orElseThrow();
        assertEquals("Horizontal Process Requirements for the Security Life-Cycle Management of IoT Products",
                zvei.title());
        assertEquals("2020-06", zvei.issued());
        assertEquals("ZVEI - Zentralverband Elektrotechnik- und Elektronikindustrie e. V.", zvei.publisher());
        assertEquals(List.of("1", "2", "3", "P"), zvei.topConcepts().stream()
                .map(iri -> CATALOGUES.concept(iri).orElseThrow().notation()).toList());
        assertEquals("V2.1.1", CATALOGUES.scheme(Catalogues.ETSI_EN_303_645).orElseThrow().version());
        assertTrue(CATALOGUES.scheme("https://threatwright.org/catalogue/nothing").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CATALOGUES.schemeStatements("urn:x:nothing"));
    }

    @Test
    void mappingsOfAConcept() {
        String zvei33 = CATALOGUES.concept(Catalogues.ZVEI_HPR, "3.3").orElseThrow().iri();
        List<CatalogueMapping> m = CATALOGUES.mappingsOf(zvei33);
        assertTrue(m.stream().anyMatch(x -> x.target().endsWith("/etsi-en-303-645/5.2-1")
                && x.matchProperty().equals(CatalogueVocabulary.CLOSE_MATCH)));
        String iotsf11 = CATALOGUES.concept(Catalogues.IOTSF, "2.4.3.11").orElseThrow().iri();
        assertTrue(CATALOGUES.mappingsOf(iotsf11).stream().anyMatch(x -> x.source().equals(zvei33)),
                "mappings are found from either end");
    }

    @Test
    void schemeStatementsLeaveOutMappings() {
        assertTrue(CATALOGUES.schemeStatements(Catalogues.ZVEI_HPR).stream()
                .noneMatch(s -> s.predicate().value().endsWith("Match")));
        assertTrue(CATALOGUES.schemeStatements(Catalogues.ZVEI_HPR).stream()
                .anyMatch(s -> s.subject().value().equals("https://threatwright.org/catalogue/agent/zvei")),
                "the publisher comes with the scheme");
    }
}
