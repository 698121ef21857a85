package org.threatwright.kb.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Parses the two seed texts (scraped from the published documents) on their own, without looking at the
 * catalogues, and checks that every numbered item is in the catalogue with the published attributes.
 */
class CatalogueSeedCoverageTest {

    private static final Catalogues CATALOGUES = Catalogues.builtIn();

    private static Path seed(String name) {
        return Path.of(System.getProperty("threatwright.seeds", "src/test/resources/seeds")).resolve(name);
    }

    // ------------------------------------------------------------------------------------- IoTSF 2.4.3

    /** One row of the IoTSF table: number, then everything after it on the line. */
    private record IotsfRow(String number, String rest) {
    }

    private static final Pattern IOTSF_ROW = Pattern.compile("^(2\\.4\\.3(?:\\.\\d+)+)(\\D.*)$");
    /** The applicability phrases the framework uses, longest first. */
    private static final Pattern APPLICABILITY = Pattern.compile(
            "(Advisory for [Cc]lass (\\d), mandatory for [Cc]lass (\\d) and above|Mandatory for all classes"
                    + "|Mandatory for [Cc]lass (\\d) and above|Advisory)([A-Za-z]*)$");

    private static List<IotsfRow> iotsfRows() throws IOException {
        List<IotsfRow> rows = new ArrayList<>();
        for (String line : Files.readAllLines(seed("iotsf-2.4.3-business-processes.txt"))) {
            Matcher m = IOTSF_ROW.matcher(line.strip());
            if (m.matches()) {
                rows.add(new IotsfRow(m.group(1), m.group(2)));
            }
        }
        return rows;
    }

    @Test
    void theIotsfSeedHasTheRowsWeExpect() throws IOException {
        List<IotsfRow> rows = iotsfRows();
        assertEquals(31, rows.size(), "rows in the seed table (2.4.3.1 to 2.4.3.29 without 15, plus 5.1, 9.1, 22.1)");
        assertEquals(rows.size(), rows.stream().map(IotsfRow::number).distinct().count(), "numbers are unique");
    }

    @Test
    void everyIotsfRowIsAConceptWithTheSameApplicabilityAndKeywords() throws IOException {
        int requirements = 0;
        int blank = 0;
        for (IotsfRow row : iotsfRows()) {
            CatalogueConcept c = CATALOGUES.concept(Catalogues.IOTSF, row.number())
                    .orElseThrow(() -> new AssertionError("IoTSF " + row.number() + " is not in the catalogue"));
            assertEquals("https://threatwright.org/catalogue/iotsf/" + row.number(), c.iri());
            if (row.rest().startsWith("Intentionally left blank")) {
                blank++;
                assertTrue(c.reserved(), row.number() + " is left blank in the seed and must be reserved");
                assertNull(c.definition(), row.number() + " is reserved and has no definition");
                assertNull(c.applicability(), row.number());
                continue;
            }
            requirements++;
            assertFalse(c.reserved(), row.number());
            assertTrue(c.isRequirement(), row.number());
            Matcher m = APPLICABILITY.matcher(row.rest());
            assertTrue(m.find(), "no applicability found in the seed row " + row.number());
            String published = m.group(1);
            String keywords = m.group(5);
            assertEquals(published, c.applicabilityText(), "applicability text of " + row.number());
            String expectedIri;
            Integer expectedClass;
            if (published.equals("Mandatory for all classes")) {
                expectedIri = CatalogueVocabulary.MANDATORY_ALL;
                expectedClass = 0;
            } else if (m.group(4) != null) {
                expectedIri = CatalogueVocabulary.TW_CAT + "mandatory-class-" + m.group(4) + "-plus";
                expectedClass = Integer.valueOf(m.group(4));
            } else if (m.group(3) != null) {
                expectedIri = CatalogueVocabulary.TW_CAT + "mandatory-class-" + m.group(3) + "-plus";
                expectedClass = Integer.valueOf(m.group(3));
            } else {
                expectedIri = CatalogueVocabulary.ADVISORY;
                expectedClass = null;
            }
            assertEquals(expectedIri, c.applicability(), "applicability of " + row.number());
            assertEquals(expectedClass, c.mandatoryFromClass(), "mandatory-from class of " + row.number());
            // The scrape runs the two keyword columns together ("BusinessResponsibility", "Businessprocess"),
            // so the split point cannot be read off the seed; the concatenation must match exactly, and the
            // primary keyword is the column's capitalised first word.
            assertEquals(keywords, c.primaryKeyword() + c.secondaryKeyword(), "keywords of " + row.number());
            assertTrue(keywords.startsWith(c.primaryKeyword()) && Character.isUpperCase(c.primaryKeyword().charAt(0)),
                    "primary keyword of " + row.number());
            assertFalse(c.secondaryKeyword().isEmpty(), "secondary keyword of " + row.number());
        }
        assertEquals(30, requirements);
        assertEquals(1, blank);
    }

    @Test
    void numbersSkippedInTheIotsfSeedAreReserved() throws IOException {
        Map<String, TreeSet<Integer>> siblings = new LinkedHashMap<>();
        for (IotsfRow row : iotsfRows()) {
            int dot = row.number().lastIndexOf('.');
            siblings.computeIfAbsent(row.number().substring(0, dot), k -> new TreeSet<>())
                    .add(Integer.valueOf(row.number().substring(dot + 1)));
        }
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Integer>> e : siblings.entrySet()) {
            for (int n = 1; n < e.getValue().last(); n++) {
                if (!e.getValue().contains(n)) {
                    gaps.add(e.getKey() + "." + n);
                }
            }
        }
        assertEquals(List.of("2.4.3.15"), gaps, "numbers missing from the published sequence");
        for (String gap : gaps) {
            CatalogueConcept c = CATALOGUES.concept(Catalogues.IOTSF, gap)
                    .orElseThrow(() -> new AssertionError("skipped number " + gap + " is not recorded"));
            assertTrue(c.reserved(), gap);
            assertNull(c.definition(), gap);
        }
    }

    @Test
    void theIotsfCatalogueInventsNoNumbers() throws IOException {
        TreeSet<String> expected = new TreeSet<>(Notations.ORDER);
        expected.add("2.4.3");
        expected.add("2.4.3.15");
        iotsfRows().forEach(r -> expected.add(r.number()));
        TreeSet<String> actual = new TreeSet<>(Notations.ORDER);
        CATALOGUES.concepts(Catalogues.IOTSF).forEach(c -> actual.add(c.notation()));
        assertEquals(expected, actual);
    }

    // ------------------------------------------------------------------------------------- ZVEI

    private static final Pattern ZVEI_HEADING = Pattern.compile("^#{1,6}\\s+(\\d+(?:\\.\\d+)*)\\.?\\s+(.+?)\\s*$");
    private static final Pattern ZVEI_ITEM = Pattern.compile("^-\\s+(\\d+(?:\\.\\d+)+)\\s+\\S.*$");
    private static final Pattern ZVEI_TOC = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.+?)\\s*\\.{3,}\\s*\\d+\\s*$");

    @Test
    void everyNumberedZveiHeadingIsAConceptWithItsPublishedTitle() throws IOException {
        Map<String, String> headings = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        Map<String, String> toc = new LinkedHashMap<>();
        for (String line : Files.readAllLines(seed("zvei-horizontal-process-requirements.txt"))) {
            String s = line.strip();
            Matcher h = ZVEI_HEADING.matcher(s);
            Matcher i = ZVEI_ITEM.matcher(s);
            Matcher t = ZVEI_TOC.matcher(s);
            if (h.matches()) {
                headings.put(h.group(1), h.group(2));
            } else if (i.matches()) {
                items.add(i.group(1));
            } else if (t.matches()) {
                toc.put(t.group(1), t.group(2));
            }
        }
        assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.4", "1.5", "2", "3", "3.1", "3.2", "3.3", "3.4", "3.5"),
                List.copyOf(headings.keySet()), "numbered headings in the seed");
        assertEquals(List.of("3.1.1", "3.1.2", "3.1.3", "3.1.4"), items, "numbered items in the seed");
        assertEquals(headings.keySet(), toc.keySet(), "the table of contents lists the same numbers");
        for (Map.Entry<String, String> e : headings.entrySet()) {
            CatalogueConcept c = CATALOGUES.concept(Catalogues.ZVEI_HPR, e.getKey())
                    .orElseThrow(() -> new AssertionError("ZVEI " + e.getKey() + " is not in the catalogue"));
            assertEquals(e.getValue(), c.label(), "title of ZVEI " + e.getKey());
            assertEquals(toc.get(e.getKey()), c.label(), "table-of-contents title of ZVEI " + e.getKey());
            assertFalse(c.derivedNotation(), e.getKey());
        }
        for (String item : items) {
            CatalogueConcept c = CATALOGUES.concept(Catalogues.ZVEI_HPR, item)
                    .orElseThrow(() -> new AssertionError("ZVEI " + item + " is not in the catalogue"));
            assertTrue(c.isRequirement(), item);
            assertEquals("https://threatwright.org/catalogue/zvei-hpr/3.1", c.broader(), item);
        }
    }

    @Test
    void unnumberedZveiItemsHaveDerivedNotations() throws IOException {
        String text = Files.readString(seed("zvei-horizontal-process-requirements.txt"));
        // The bullets of 1.1 and of the note in 1.3, counted in the seed.
        assertEquals(4, bullets(text, "## 1.1 ", "Threat and Risk Analysis of the product"));
        assertEquals(4, bullets(text, "**Note:** An implementation concept", "## 1.4 "));
        for (String n : List.of("1.1.a", "1.1.b", "1.1.c", "1.1.d", "1.3.a", "1.3.b", "1.3.c", "1.3.d", "2.a", "P",
                "P.a", "P.b", "P.c", "P.d")) {
            CatalogueConcept c = CATALOGUES.concept(Catalogues.ZVEI_HPR, n)
                    .orElseThrow(() -> new AssertionError("ZVEI " + n + " is not in the catalogue"));
            assertTrue(c.derivedNotation(), n + " is flagged as derived");
        }
        assertFalse(CATALOGUES.concept(Catalogues.ZVEI_HPR, "1.1.e").isPresent());
        assertFalse(CATALOGUES.concept(Catalogues.ZVEI_HPR, "1.3.e").isPresent());
        assertTrue(text.contains("### Securing Production Environment"));
        assertEquals("Securing Production Environment",
                CATALOGUES.concept(Catalogues.ZVEI_HPR, "2.a").orElseThrow().label());
        Matcher tasks = Pattern.compile("<b>Permanent tasks in each phase</b>\\t(.*)").matcher(text);
        assertTrue(tasks.find());
        List<String> published = List.of(tasks.group(1).strip().split("\\t"));
        assertEquals(4, published.size());
        for (int k = 0; k < published.size(); k++) {
            assertEquals(published.get(k), CATALOGUES.concept(Catalogues.ZVEI_HPR, "P." + (char) ('a' + k))
                    .orElseThrow().label());
        }
    }

    private static int bullets(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + 1);
        assertTrue(start >= 0 && end > start, "section markers " + from + " / " + to);
        return (int) text.substring(start, end).lines().filter(l -> l.startsWith("- ")).count();
    }
}
