package org.threatwright.kb.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatwright.kb.catalogue.CatalogueVocabulary.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OscalCatalogsTest {

    private static final Catalogues CATALOGUES = Catalogues.builtIn();
    private static final Pattern UUID_V4_V5 = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

    private static byte[] export(String scheme) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OscalCatalogs.write(CATALOGUES.schemeStatements(scheme), out);
        return out.toByteArray();
    }

    private static List<Statement> importBytes(byte[] json, String name) throws IOException {
        return OscalCatalogs.read(new ByteArrayInputStream(json), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {Catalogues.IOTSF, Catalogues.ZVEI_HPR, Catalogues.ETSI_EN_303_645, Catalogues.IEC_62443_4_1})
    void roundTripThroughOscalKeepsTheCatalogue(String scheme) throws IOException {
        Set<Statement> original = Set.copyOf(CATALOGUES.schemeStatements(scheme));
        Set<Statement> back = new HashSet<>(importBytes(export(scheme), "export.json"));
        // OSCAL requires last-modified; the import keeps it as dcterms:modified, which the source lacked.
        assertTrue(back.removeIf(s -> s.subject().value().equals(scheme) && s.predicate().value().equals(MODIFIED)));
        Set<Statement> missing = new HashSet<>(original);
        missing.removeAll(back);
        Set<Statement> extra = new HashSet<>(back);
        extra.removeAll(original);
        assertEquals(Set.of(), missing, "lost in the round trip");
        assertEquals(Set.of(), extra, "added by the round trip");
    }

    @Test
    void exportIsDeterministicAndWellShaped() throws IOException {
        byte[] first = export(Catalogues.IOTSF);
        assertArrayEquals(first, export(Catalogues.IOTSF));
        JsonNode catalog = new ObjectMapper().readTree(first).get("catalog");
        assertTrue(UUID_V4_V5.matcher(catalog.get("uuid").asText()).matches());
        JsonNode metadata = catalog.get("metadata");
        assertEquals("IoT Security Foundation Security Compliance Framework", metadata.get("title").asText());
        assertEquals(OscalCatalogs.OSCAL_VERSION, metadata.get("oscal-version").asText());
        assertEquals("2021-01-01T00:00:00Z", metadata.get("last-modified").asText());
        assertEquals("3.0 (web edition)", metadata.get("version").asText());
        JsonNode group = catalog.get("groups").get(0);
        assertEquals("Business Processes", group.get("title").asText());
        JsonNode controls = group.get("controls");
        assertEquals(29, controls.size(), "2.4.3.1 to 2.4.3.29 directly under 2.4.3; sub-numbers nest below");
        List<String> ids = new ArrayList<>();
        collectIds(catalog, ids);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
        for (String id : ids) {
            assertTrue(TOKEN.matcher(id).matches(), "OSCAL token: " + id);
        }
        JsonNode c24 = null;
        for (JsonNode c : controls) {
            if (c.get("id").asText().equals("iotsf-2.4.3.24")) {
                c24 = c;
            }
        }
        assertEquals("label", c24.get("props").get(0).get("name").asText());
        assertEquals("2.4.3.24", c24.get("props").get(0).get("value").asText());
        assertEquals("statement", c24.get("parts").get(0).get("name").asText());
        JsonNode c5 = controls.get(4);
        assertEquals("iotsf-2.4.3.5", c5.get("id").asText());
        assertEquals("iotsf-2.4.3.5.1", c5.get("controls").get(0).get("id").asText(), "sub-numbers nest as controls");
    }

    private static void collectIds(JsonNode node, List<String> ids) {
        for (String child : List.of("groups", "controls")) {
            if (node.has(child)) {
                for (JsonNode n : node.get(child)) {
                    ids.add(n.get("id").asText());
                    collectIds(n, ids);
                }
            }
        }
    }

    @Test
    void importsAHandWrittenCatalog() throws IOException {
        Path sample = Path.of("src/test/resources/oscal/sample-catalog.json");
        Catalogues imported = Catalogues.of(OscalCatalogs.read(sample));
        String scheme = CATALOGUE_BASE + "oscal/3c1c4d4e-8f0a-4b7e-9a55-2f1f9e0d6c11";
        CatalogueScheme s = imported.scheme(scheme).orElseThrow();
        assertEquals("Acme Connected Products Security Baseline", s.title());
        assertEquals("2.1", s.version());
        assertEquals("The in-house baseline a product team must meet before release.", s.description());
        List<CatalogueConcept> concepts = imported.concepts(scheme);
        assertEquals(List.of("DEV", "DEV-1", "DEV-1(1)", "acme-ops-1", "g1"),
                concepts.stream().map(CatalogueConcept::notation).toList());
        CatalogueConcept dev1 = imported.concept(scheme, "DEV-1").orElseThrow();
        assertEquals(scheme + "/acme-dev-1", dev1.iri());
        assertEquals("Threat model", dev1.label());
        assertEquals("Each product has a threat model that:\na. covers every external interface;\n"
                + "b. is reviewed before each major release.", dev1.definition());
        assertEquals(CatalogueConcept.Kind.REQUIREMENT, dev1.kind());
        assertTrue(imported.statements().contains(Statement.of(Term.iri(dev1.iri()), SCOPE_NOTE,
                Term.langString("STRIDE per element is a good start.", "en"))), "guidance becomes a scope note");
        assertEquals(scheme + "/acme-dev", dev1.broader());
        CatalogueConcept enhancement = imported.concept(scheme, "DEV-1(1)").orElseThrow();
        assertEquals(dev1.iri(), enhancement.broader());
        CatalogueConcept dev = imported.concept(scheme, "DEV").orElseThrow();
        assertEquals(CatalogueConcept.Kind.SECTION, dev.kind());
        assertEquals("Controls for the development phase.", dev.definition());
        assertNull(dev.broader());
        CatalogueConcept operations = imported.concept(scheme, "g1").orElseThrow();
        assertTrue(operations.derivedNotation(), "a group without id or label gets a derived notation");
        assertEquals("Operations", operations.label());
        assertEquals(operations.iri(), imported.concept(scheme, "acme-ops-1").orElseThrow().broader());
        assertEquals(List.of(dev.iri(), operations.iri()), s.topConcepts());
        assertTrue(imported.statements().contains(Statement.of(Term.iri(dev1.iri()), PREF_LABEL,
                Term.langString("Threat model", "en"))));
        // an imported catalogue can be exported again
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OscalCatalogs.write(imported.statements(), out);
        assertEquals(Set.copyOf(imported.statements()), Set.copyOf(importBytes(out.toByteArray(), "again.json")));
    }

    @Test
    void malformedJsonNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"catalog\": {\n    \"uuid\": \"x\",\n    \"metadata\": { \"title\": \"t\" \n  }\n");
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> OscalCatalogs.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":6:"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed JSON"), e.getMessage());

        Files.writeString(file, "{ \"catalog\": { \"uuid\": \"x\",,\n \"metadata\": {} } }");
        e = assertThrows(CatalogueFormatException.class, () -> OscalCatalogs.read(file));
        assertEquals(1, e.line());
        assertEquals(28, e.column(), e.getMessage());
    }

    @Test
    void duplicateKeysAndTrailingContentAreRejected() {
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> importBytes(
                "{\"catalog\": {}, \"catalog\": {}}".getBytes(StandardCharsets.UTF_8), "dup.json"));
        assertTrue(e.getMessage().contains("catalog"), e.getMessage());
        assertThrows(CatalogueFormatException.class, () -> importBytes(
                "{\"catalog\": {}} {}".getBytes(StandardCharsets.UTF_8), "trailing.json"));
        e = assertThrows(CatalogueFormatException.class, () -> importBytes(new byte[0], "empty.json"));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    private static String minimal(String groups) {
        return "{\"catalog\": {\"uuid\": \"3c1c4d4e-8f0a-4b7e-9a55-2f1f9e0d6c11\", \"metadata\": {\"title\": \"T\", "
                + "\"last-modified\": \"2025-01-01T00:00:00Z\", \"version\": \"1\", \"oscal-version\": \"1.1.2\"}, "
                + "\"groups\": " + groups + "}}";
    }

    private static CatalogueFormatException wrong(String json) {
        return assertThrows(CatalogueFormatException.class,
                () -> importBytes(json.getBytes(StandardCharsets.UTF_8), "in.json"));
    }

    @Test
    void wrongTypesNameTheJsonPath() {
        CatalogueFormatException e = wrong(minimal("[{\"title\": \"G\", \"controls\": \"x\"}]"));
        assertEquals("$.catalog.groups[0].controls", e.path());
        assertEquals("in.json: $.catalog.groups[0].controls: expected an array, found a string", e.getMessage());

        e = wrong(minimal("[{\"title\": \"G\", \"controls\": [{\"id\": \"c1\", \"title\": 7}]}]"));
        assertEquals("$.catalog.groups[0].controls[0].title", e.path());
        assertTrue(e.getMessage().endsWith("expected a string, found a number"), e.getMessage());

        e = wrong(minimal("[{\"title\": \"G\", \"controls\": [{\"title\": \"no id\"}]}]"));
        assertEquals("$.catalog.groups[0].controls[0]", e.path());
        assertTrue(e.getMessage().contains("missing required field 'id'"), e.getMessage());

        e = wrong(minimal("{}"));
        assertEquals("$.catalog.groups", e.path());

        e = wrong(minimal("[{\"title\": \"G\", \"props\": [{\"name\": \"label\"}]}]"));
        assertEquals("$.catalog.groups[0].props[0]", e.path());

        e = wrong(minimal("[{\"title\": \"G\", \"controls\": [{\"id\": \"1bad\", \"title\": \"t\"}]}]"));
        assertEquals("$.catalog.groups[0].controls[0].id", e.path());

        e = wrong(minimal("[{\"title\": \"G\", \"controls\": [{\"id\": \"a\", \"title\": \"t\"}, "
                + "{\"id\": \"a\", \"title\": \"u\"}]}]"));
        assertTrue(e.getMessage().contains("duplicate id 'a'"), e.getMessage());

        e = wrong("{\"catalog\": []}");
        assertEquals("$.catalog", e.path());
        e = wrong("[]");
        assertEquals("$", e.path());
        e = wrong("{\"catalog\": {\"uuid\": \"u\"}}");
        assertTrue(e.getMessage().contains("missing required field 'metadata'"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithAClearMessage() {
        // controls nested deeper than the importer accepts, but within the JSON parser's limit
        StringBuilder controls = new StringBuilder();
        int depth = OscalCatalogs.MAX_DEPTH + 5;
        for (int i = 0; i < depth; i++) {
            controls.append("[{\"id\": \"c").append(i).append("\", \"title\": \"t\", \"controls\": ");
        }
        controls.append("[]");
        controls.append("}]".repeat(depth));
        CatalogueFormatException e = wrong(minimal("[{\"title\": \"G\", \"controls\": " + controls + "}]"));
        assertTrue(e.getMessage().contains("nested more than " + OscalCatalogs.MAX_DEPTH + " levels"), e.getMessage());
        assertTrue(e.path().startsWith("$.catalog.groups[0].controls[0].controls[0]"), e.path());

        // raw JSON nesting beyond the parser's limit fails with a position, without a stack overflow
        String deep = "{\"catalog\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        e = wrong(deep);
        assertEquals(1, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().toLowerCase().contains("nesting depth"), e.getMessage());
    }

    @Test
    void writingNeedsExactlyOneScheme() {
        assertThrows(IllegalArgumentException.class, () -> OscalCatalogs.write(CATALOGUES.statements(),
                new ByteArrayOutputStream()));
        assertThrows(IllegalArgumentException.class, () -> OscalCatalogs.write(List.of(), new ByteArrayOutputStream()));
    }

    @Test
    void nameBasedUuidsAreVersion5() {
        String u = OscalCatalogs.uuid5("https://threatwright.org/catalogue/iotsf");
        assertTrue(UUID_V4_V5.matcher(u).matches(), u);
        assertEquals(u, OscalCatalogs.uuid5("https://threatwright.org/catalogue/iotsf"));
        assertFalse(u.equals(OscalCatalogs.uuid5("https://threatwright.org/catalogue/zvei-hpr")));
        // the same value as an independent implementation (Python uuid.uuid5 with NAMESPACE_URL)
        assertEquals("715d503b-5f95-5532-9100-00663eb45ade", OscalCatalogs.uuid5("http://example.org/"));
    }
}
