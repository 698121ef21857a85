package org.threatwright.kb.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatwright.kb.catalogue.CatalogueVocabulary.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.kb.store.RdfSyntaxException;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** The catalogue files themselves: they parse, are complete SKOS, consistent, and counted exactly. */
class CatalogueFilesTest {

    private static final Catalogues CATALOGUES = Catalogues.builtIn();
    private static final List<String> SCHEMES = List.of(Catalogues.IOTSF, Catalogues.ZVEI_HPR,
            Catalogues.ETSI_EN_303_645, Catalogues.IEC_62443_4_1);

    private static Path sourceDir() {
        return Path.of(System.getProperty("threatwright.catalogues", "../../models/catalogues"));
    }

    @Test
    void everyFileInTheSourceFolderParsesAndIsBuiltIn() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(sourceDir())) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).sorted().toList();
        }
        assertEquals(new TreeSet<>(Catalogues.BUILT_IN_FILES), new TreeSet<>(files),
                "every Turtle file in models/catalogues is loaded as a built-in catalogue");
        for (String file : files) {
            List<Statement> fromSource = Catalogues.readTurtle(sourceDir().resolve(file));
            assertFalse(fromSource.isEmpty(), file);
            assertEquals(Set.copyOf(fromSource), Set.copyOf(Catalogues.builtInFile(file)),
                    file + " in the jar equals the source file");
        }
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("broken.ttl");
        Files.writeString(bad, "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n<https://threatwright.org/test/a> skos:notation \"1\" ;\n"
                + "    undeclared:label \"x\" .\n");
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> Catalogues.load(List.of(bad)));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith(bad.toString() + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("undeclared"), e.getMessage());
    }

    @Test
    void countsPerCatalogue() {
        assertEquals(4, CATALOGUES.schemes().size());
        assertEquals(33, CATALOGUES.concepts(Catalogues.IOTSF).size(), "IoTSF: section 2.4.3 and 32 numbers");
        assertEquals(30, CATALOGUES.requirements(Catalogues.IOTSF).size(), "IoTSF requirements");
        assertEquals(2, CATALOGUES.concepts(Catalogues.IOTSF).stream().filter(CatalogueConcept::reserved).count());
        assertEquals(31, CATALOGUES.concepts(Catalogues.ZVEI_HPR).size(), "ZVEI concepts");
        assertEquals(22, CATALOGUES.requirements(Catalogues.ZVEI_HPR).size(), "ZVEI requirements");
        assertEquals(82, CATALOGUES.concepts(Catalogues.ETSI_EN_303_645).size(), "ETSI: 2 clauses, 13 categories, 67 provisions");
        List<CatalogueConcept> provisions = CATALOGUES.requirements(Catalogues.ETSI_EN_303_645);
        assertEquals(67, provisions.size());
        assertEquals(31, provisions.stream().filter(c -> MANDATORY.equals(c.obligation())).count());
        assertEquals(36, provisions.stream().filter(c -> RECOMMENDED.equals(c.obligation())).count());
        assertEquals(24, provisions.stream().filter(CatalogueConcept::conditional).count());
        assertEquals(55, CATALOGUES.concepts(Catalogues.IEC_62443_4_1).size(), "IEC: 8 practices, 47 requirements");
        assertEquals(47, CATALOGUES.requirements(Catalogues.IEC_62443_4_1).size());
        assertEquals(86, CATALOGUES.mappings().size(), "mappings");
    }

    @Test
    void iecPracticesHaveTheirPublishedRequirementIds() {
        Map<String, Integer> expected = Map.of("SM", 13, "SR", 5, "SD", 4, "SI", 2, "SVV", 5, "DM", 6, "SUM", 5,
                "SG", 7);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            CatalogueConcept practice = CATALOGUES.concept(Catalogues.IEC_62443_4_1, e.getKey()).orElseThrow();
            List<String> ids = CATALOGUES.narrower(practice.iri()).stream().map(CatalogueConcept::notation).toList();
            List<String> want = new ArrayList<>();
            for (int i = 1; i <= e.getValue(); i++) {
                want.add(e.getKey() + "-" + i);
            }
            assertEquals(want, ids, e.getKey());
        }
    }

    @Test
    void etsiCategoriesAndProvisionIdsFollowTheStandard() {
        for (int i = 1; i <= 13; i++) {
            String category = "5." + i;
            CatalogueConcept c = CATALOGUES.concept(Catalogues.ETSI_EN_303_645, category).orElseThrow();
            assertEquals(CatalogueConcept.Kind.SECTION, c.kind());
            List<CatalogueConcept> provisions = CATALOGUES.narrower(c.iri());
            assertFalse(provisions.isEmpty(), category);
            for (int n = 0; n < provisions.size(); n++) {
                assertEquals(category + "-" + (n + 1), provisions.get(n).notation(), "provisions numbered without gaps");
            }
        }
        assertEquals(List.of("6-1", "6-2", "6-3", "6-4", "6-5"), CATALOGUES.narrower(
                CATALOGUES.concept(Catalogues.ETSI_EN_303_645, "6").orElseThrow().iri()).stream()
                .map(CatalogueConcept::notation).toList());
        for (CatalogueConcept p : CATALOGUES.requirements(Catalogues.ETSI_EN_303_645)) {
            assertNotNull(p.obligation(), p.notation());
            assertEquals(p.conditional(), p.condition() != null, "a condition exactly when conditional: " + p.notation());
        }
    }

    @Test
    void everyConceptIsCompleteSkos() {
        for (String scheme : SCHEMES) {
            CatalogueScheme s = CATALOGUES.scheme(scheme).orElseThrow();
            assertNotNull(s.title(), scheme);
            assertNotNull(s.publisher(), scheme);
            assertNotNull(s.issued(), scheme);
            assertNotNull(s.version(), scheme);
            assertNotNull(s.source(), scheme);
            assertFalse(s.topConcepts().isEmpty(), scheme);
            Set<String> notations = new HashSet<>();
            for (CatalogueConcept c : CATALOGUES.concepts(scheme)) {
                assertNotNull(c.notation(), c.iri() + " has a skos:notation");
                assertNotNull(c.label(), c.iri() + " has a skos:prefLabel");
                assertEquals(scheme, c.schemeIri(), c.iri() + " has skos:inScheme");
                assertTrue(notations.add(c.notation()), "notation " + c.notation() + " is unique in " + scheme);
                assertEquals(scheme + "/" + c.notation(), c.iri(), "IRI is built from the notation");
                if (c.broader() == null) {
                    assertTrue(s.topConcepts().contains(c.iri()), c.iri() + " is a top concept of its scheme");
                } else {
                    assertEquals(scheme, CATALOGUES.concept(c.broader()).orElseThrow().schemeIri(),
                            c.iri() + " has its broader concept in the same scheme");
                    assertFalse(s.topConcepts().contains(c.iri()), c.iri());
                    String parent = CATALOGUES.concept(c.broader()).orElseThrow().notation();
                    assertTrue(c.notation().startsWith(parent), c.notation() + " nests under " + parent);
                }
                if (c.reserved()) {
                    assertNull(c.definition(), c.iri());
                    assertEquals(CatalogueConcept.Kind.OTHER, c.kind(), c.iri());
                } else if (c.kind() == CatalogueConcept.Kind.REQUIREMENT) {
                    assertNotNull(c.definition(), c.iri() + " has a definition");
                }
            }
        }
    }

    @Test
    void applicabilityAgreesWithTheVocabulary() {
        Map<String, Integer> fromClass = Map.of(MANDATORY_ALL, 0, MANDATORY_CLASS_1_PLUS, 1, MANDATORY_CLASS_2_PLUS, 2,
                MANDATORY_CLASS_3_PLUS, 3);
        for (CatalogueConcept c : CATALOGUES.requirements(Catalogues.IOTSF)) {
            assertNotNull(c.applicability(), c.notation());
            assertEquals(fromClass.get(c.applicability()), c.mandatoryFromClass(), c.notation());
            assertNotNull(c.primaryKeyword(), c.notation());
            assertNotNull(c.secondaryKeyword(), c.notation());
        }
        // What a class-1 product must meet: everything mandatory from class 0 or 1.
        long class1 = CATALOGUES.requirements(Catalogues.IOTSF).stream()
                .filter(c -> c.mandatoryFromClass() != null && c.mandatoryFromClass() <= 1).count();
        assertEquals(21, class1, "17 mandatory for all classes plus 4 from class 1");
    }

    @Test
    void everyMappingHasARationaleBothEndsAndItsDirectTriple() {
        Set<String> properties = Set.of(EXACT_MATCH, CLOSE_MATCH, BROAD_MATCH, NARROW_MATCH, RELATED_MATCH);
        Set<String> pairs = new HashSet<>();
        for (CatalogueMapping m : CATALOGUES.mappings()) {
            assertNotNull(m.rationale(), m.iri());
            assertFalse(m.rationale().isBlank(), m.iri());
            assertFalse(m.rationale().contains("\n"), "one-line rationale: " + m.iri());
            assertTrue(properties.contains(m.matchProperty()), m.iri());
            CatalogueConcept source = CATALOGUES.concept(m.source()).orElseThrow(() -> new AssertionError(
                    m.iri() + ": source " + m.source() + " does not exist"));
            CatalogueConcept target = CATALOGUES.concept(m.target()).orElseThrow(() -> new AssertionError(
                    m.iri() + ": target " + m.target() + " does not exist"));
            assertFalse(source.schemeIri().equals(target.schemeIri()), "cross-catalogue: " + m.iri());
            assertFalse(source.reserved() || target.reserved(), "no mapping to a reserved number: " + m.iri());
            assertTrue(CATALOGUES.hasMatch(m.source(), m.matchProperty(), m.target()),
                    m.iri() + " is also stated as a plain SKOS triple");
            assertTrue(pairs.add(m.source() + " " + m.target()), "one mapping per pair: " + m.iri());
        }
        // and no plain SKOS match triple lacks its annotated mapping
        long direct = CATALOGUES.statements().stream().filter(s -> properties.contains(s.predicate().value())).count();
        assertEquals(CATALOGUES.mappings().size(), direct);
    }

    @Test
    void everyZveiItemIsMapped() {
        for (CatalogueConcept c : CATALOGUES.concepts(Catalogues.ZVEI_HPR)) {
            assertFalse(CATALOGUES.mappingsOf(c.iri()).isEmpty(), "ZVEI " + c.notation() + " has a mapping");
        }
        assertTrue(CATALOGUES.hasMatch(CATALOGUES.concept(Catalogues.ZVEI_HPR, "1.1").orElseThrow().iri(), CLOSE_MATCH,
                CATALOGUES.concept(Catalogues.IOTSF, "2.4.3.10").orElseThrow().iri()));
        assertTrue(CATALOGUES.hasMatch(CATALOGUES.concept(Catalogues.ZVEI_HPR, "1.1").orElseThrow().iri(), CLOSE_MATCH,
                CATALOGUES.concept(Catalogues.IEC_62443_4_1, "SR-2").orElseThrow().iri()));
    }

    @Test
    void everyVocabularyTermUsedIsDefinedWithLabelAndComment() {
        Catalogues vocabulary = Catalogues.of(Catalogues.builtInFile("catalogue-vocabulary.ttl"));
        Set<String> defined = new HashSet<>();
        for (Statement s : vocabulary.statements()) {
            if (s.subject().value().startsWith(TW_CAT)) {
                defined.add(s.subject().value());
            }
        }
        Map<String, Set<String>> described = new HashMap<>();
        for (Statement s : vocabulary.statements()) {
            described.computeIfAbsent(s.subject().value(), k -> new HashSet<>()).add(s.predicate().value());
        }
        for (String term : defined) {
            assertTrue(described.get(term).contains(RDFS_LABEL), term + " has rdfs:label");
            assertTrue(described.get(term).contains(RDFS_COMMENT), term + " has rdfs:comment");
        }
        for (Statement s : CATALOGUES.statements()) {
            for (Term t : List.of(s.predicate(), s.object())) {
                if (t.isIri() && t.value().startsWith(TW_CAT)) {
                    assertTrue(defined.contains(t.value()), t.value() + " is defined in the vocabulary");
                }
            }
        }
    }

    /** Definitions summarise in the project's own words: no run of eight words is taken from the seed text. */
    @Test
    void definitionsAreNotCopiedFromTheSeeds() throws IOException {
        Path seeds = Path.of(System.getProperty("threatwright.seeds", "src/test/resources/seeds"));
        Set<String> seedRuns = new HashSet<>();
        for (String name : List.of("iotsf-2.4.3-business-processes.txt", "zvei-horizontal-process-requirements.txt")) {
            seedRuns.addAll(runs(Files.readString(seeds.resolve(name)), 8));
        }
        List<String> copied = new ArrayList<>();
        for (String scheme : List.of(Catalogues.IOTSF, Catalogues.ZVEI_HPR)) {
            for (CatalogueConcept c : CATALOGUES.concepts(scheme)) {
                if (c.definition() != null) {
                    for (String run : runs(c.definition(), 8)) {
                        if (seedRuns.contains(run)) {
                            copied.add(c.notation() + ": " + run);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), copied);
    }

    private static Set<String> runs(String text, int n) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.length; i++) {
            out.add(String.join(" ", List.of(words).subList(i, i + n)));
        }
        return out;
    }
}
