package org.threatwright.kb.catalogue;

import static org.threatwright.kb.catalogue.CatalogueVocabulary.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * NIST OSCAL 1.1 catalog JSON to and from SKOS catalogue statements.
 *
 * <p>Mapping: the catalog is a skos:ConceptScheme (metadata title, version, last-modified, remarks); a group is
 * a tw-cat:Section and a control a tw-cat:Requirement, both skos:Concepts; the {@code label} prop is the
 * skos:notation (the control id when there is none); the title is the skos:prefLabel; the prose of the
 * {@code statement} part (or a group's {@code overview} part, sub-parts included) is the skos:definition; a {@code guidance} part is a
 * skos:scopeNote;
 * nesting is skos:broader. What OSCAL has no field for (applicability, keywords, obligation, reserved
 * numbers, IRIs, notes, issue date, source citation) travels in props and parts of the namespace {@link #NS},
 * so a Threatwright catalogue survives the round trip. Text without a language in OSCAL is tagged {@code @en}.
 *
 * <p>Reading is all or nothing: malformed JSON fails with file, line and column; a well-formed file of the
 * wrong shape fails with the JSON path of the problem.
 */
public final class OscalCatalogs {

    /** Namespace of the props and parts Threatwright adds to OSCAL. */
    public static final String NS = "https://threatwright.org/ns/oscal";
    /** The OSCAL version written. */
    public static final String OSCAL_VERSION = "1.1.3";
    /** Deepest nesting of groups, controls and parts accepted. */
    public static final int MAX_DEPTH = 50;
    /** Deepest JSON nesting accepted by the parser (objects and arrays). */
    public static final int MAX_JSON_DEPTH = 4 * MAX_DEPTH + 20;
    /** Language tag given to OSCAL text. */
    public static final String LANGUAGE = "en";

    private static final String NIST_NS = "http://csrc.nist.gov/ns/oscal";
    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

    private enum ValueKind { PLAIN, TEXT, BOOLEAN, INTEGER, IRI }

    private record PropDef(String name, String predicate, ValueKind kind) {
    }

    /** Concept attributes carried as Threatwright props, in the order they are written. */
    private static final List<PropDef> CONCEPT_PROPS = List.of(
            new PropDef("reserved", RESERVED, ValueKind.BOOLEAN),
            new PropDef("derived-notation", DERIVED_NOTATION, ValueKind.BOOLEAN),
            new PropDef("applicability", APPLICABILITY, ValueKind.IRI),
            new PropDef("applicability-text", APPLICABILITY_TEXT, ValueKind.PLAIN),
            new PropDef("mandatory-from-class", MANDATORY_FROM_CLASS, ValueKind.INTEGER),
            new PropDef("primary-keyword", PRIMARY_KEYWORD, ValueKind.PLAIN),
            new PropDef("secondary-keyword", SECONDARY_KEYWORD, ValueKind.PLAIN),
            new PropDef("obligation", OBLIGATION, ValueKind.IRI),
            new PropDef("conditional", CONDITIONAL, ValueKind.BOOLEAN),
            new PropDef("condition", CONDITION, ValueKind.TEXT));

    /** Concept notes carried as Threatwright parts. */
    private static final Map<String, String> NOTE_PARTS = new LinkedHashMap<>();
    static {
        NOTE_PARTS.put("scope-note", SCOPE_NOTE);
        NOTE_PARTS.put("editorial-note", EDITORIAL_NOTE);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private OscalCatalogs() {
    }

    // ------------------------------------------------------------------------------------------ reading

    /**
     * Reads an OSCAL catalog JSON file into SKOS statements.
     *
     * @throws CatalogueFormatException if the file is not well-formed JSON or not an OSCAL catalog
     * @throws IOException if the file cannot be read
     */
    public static List<Statement> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads an OSCAL catalog JSON document; {@code sourceName} names it in error messages. */
    public static List<Statement> read(InputStream in, String sourceName) throws IOException {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(in)) {
            try {
                root = MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                // limits (e.g. nesting depth) are reported without a location: take the parser's
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw syntax(sourceName, at, e);
            }
        }
        if (root == null || root.isMissingNode()) {
            throw CatalogueFormatException.at(sourceName, 0, 0, "empty file, expected an OSCAL catalog", null);
        }
        return new Reader(sourceName).catalog(root);
    }

    private static CatalogueFormatException syntax(String sourceName, JsonLocation at, JsonProcessingException e) {
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        long column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return CatalogueFormatException.at(sourceName, line, column, "not well-formed JSON: "
                + e.getOriginalMessage(), e);
    }

    private record Prop(String ns, String name, String value) {
        boolean ours() {
            return NS.equals(ns);
        }

        boolean standard() {
            return ns == null || NIST_NS.equals(ns);
        }
    }

    private static final class Reader {
        private final String source;
        private final Set<Statement> out = new LinkedHashSet<>();
        private final Map<String, String> conceptPaths = new HashMap<>();
        private final Map<String, String> notationPaths = new HashMap<>();
        private final Map<String, String> idPaths = new HashMap<>();
        private Term scheme;

        Reader(String source) {
            this.source = source;
        }

        private CatalogueFormatException fail(String path, String problem) {
            return CatalogueFormatException.atPath(source, path, problem);
        }

        List<Statement> catalog(JsonNode root) {
            ObjectNode top = object(root, "$");
            ObjectNode catalog = object(required(top, "catalog", "$"), "$.catalog");
            String uuid = string(catalog, "uuid", "$.catalog", true);
            ObjectNode metadata = object(required(catalog, "metadata", "$.catalog"), "$.catalog.metadata");
            String mp = "$.catalog.metadata";
            List<Prop> props = props(metadata, mp);
            String schemeIri = ours(props, "iri");
            scheme = Term.iri(schemeIri != null ? absoluteIri(schemeIri, mp + ".props")
                    : CATALOGUE_BASE + "oscal/" + uuid);
            add(scheme, RDF_TYPE, Term.iri(CONCEPT_SCHEME));
            add(scheme, TITLE, text(string(metadata, "title", mp, true)));
            String version = string(metadata, "version", mp, false);
            if (version != null) {
                add(scheme, OWL_VERSION_INFO, Term.literal(version));
            }
            String modified = string(metadata, "last-modified", mp, false);
            if (modified != null) {
                add(scheme, MODIFIED, Term.typed(modified, XSD_DATE_TIME));
            }
            String remarks = string(metadata, "remarks", mp, false);
            if (remarks != null) {
                add(scheme, DESCRIPTION, text(remarks));
            }
            String issued = ours(props, "issued");
            if (issued != null) {
                add(scheme, ISSUED, date(issued));
            }
            for (Prop p : props) {
                if (p.ours() && p.name().equals("editorial-note")) {
                    add(scheme, EDITORIAL_NOTE, text(p.value()));
                }
            }
            publishers(metadata, mp);
            sources(catalog);
            int i = 0;
            for (JsonNode g : array(catalog, "groups", "$.catalog")) {
                item(g, "$.catalog.groups[" + i + "]", null, true, 1, "g" + i);
                i++;
            }
            i = 0;
            for (JsonNode c : array(catalog, "controls", "$.catalog")) {
                item(c, "$.catalog.controls[" + i + "]", null, false, 1, "c" + i);
                i++;
            }
            return List.copyOf(out);
        }

        private void publishers(ObjectNode metadata, String mp) {
            Map<String, ObjectNode> parties = new HashMap<>();
            int i = 0;
            for (JsonNode p : array(metadata, "parties", mp)) {
                String path = mp + ".parties[" + i++ + "]";
                ObjectNode party = object(p, path);
                parties.put(string(party, "uuid", path, true), party);
            }
            i = 0;
            for (JsonNode r : array(metadata, "responsible-parties", mp)) {
                String path = mp + ".responsible-parties[" + i++ + "]";
                ObjectNode rp = object(r, path);
                if (!"publisher".equals(string(rp, "role-id", path, true))) {
                    continue;
                }
                int j = 0;
                for (JsonNode u : array(rp, "party-uuids", path)) {
                    String upath = path + ".party-uuids[" + j++ + "]";
                    if (!u.isTextual()) {
                        throw fail(upath, "expected a string, found " + kind(u));
                    }
                    ObjectNode party = parties.get(u.asText());
                    if (party == null) {
                        throw fail(upath, "no party with uuid " + u.asText() + " in $.catalog.metadata.parties");
                    }
                    String ppath = mp + ".parties[uuid=" + u.asText() + "]";
                    String iri = ours(props(party, ppath), "iri");
                    Term agent = Term.iri(iri != null ? absoluteIri(iri, ppath + ".props") : "urn:uuid:" + u.asText());
                    add(scheme, PUBLISHER, agent);
                    add(agent, RDF_TYPE, Term.iri(AGENT));
                    String name = string(party, "name", ppath, false);
                    if (name != null) {
                        add(agent, RDFS_LABEL, text(name));
                    }
                }
            }
        }

        private void sources(ObjectNode catalog) {
            if (!catalog.has("back-matter")) {
                return;
            }
            String bp = "$.catalog.back-matter";
            ObjectNode backMatter = object(catalog.get("back-matter"), bp);
            int i = 0;
            for (JsonNode r : array(backMatter, "resources", bp)) {
                String path = bp + ".resources[" + i++ + "]";
                ObjectNode resource = object(r, path);
                if (!"source".equals(ours(props(resource, path), "kind")) || !resource.has("citation")) {
                    continue;
                }
                ObjectNode citation = object(resource.get("citation"), path + ".citation");
                add(scheme, DC_SOURCE, text(string(citation, "text", path + ".citation", true)));
            }
        }

        private void item(JsonNode node, String path, Term parent, boolean group, int depth, String position) {
            if (depth > MAX_DEPTH) {
                throw fail(path, "groups and controls nested more than " + MAX_DEPTH + " levels deep");
            }
            ObjectNode item = object(node, path);
            String id = string(item, "id", path, !group);
            if (id != null) {
                if (!TOKEN.matcher(id).matches()) {
                    throw fail(path + ".id", "'" + id + "' is not a valid OSCAL token (a letter or _ first, then "
                            + "letters, digits, '.', '-' or '_')");
                }
                String before = idPaths.putIfAbsent(id, path);
                if (before != null) {
                    throw fail(path + ".id", "duplicate id '" + id + "', also at " + before);
                }
            }
            String title = string(item, "title", path, true);
            List<Prop> props = props(item, path);
            String notation = null;
            boolean derived = false;
            for (Prop p : props) {
                if (p.standard() && p.name().equals("label")) {
                    notation = p.value();
                    break;
                }
            }
            if (notation == null) {
                notation = id;
            }
            if (notation == null) {
                notation = position;
                derived = true;
            }
            String before = notationPaths.putIfAbsent(notation, path);
            if (before != null) {
                throw fail(path, "duplicate label '" + notation + "', also at " + before);
            }
            String iri = ours(props, "iri");
            Term concept = Term.iri(iri != null ? absoluteIri(iri, path + ".props")
                    : scheme.value() + "/" + (id != null ? id : position));
            before = conceptPaths.putIfAbsent(concept.value(), path);
            if (before != null) {
                throw fail(path, "duplicate concept IRI " + concept.value() + ", also at " + before);
            }
            String kind = ours(props, "kind");
            if (kind == null) {
                kind = group ? "section" : "requirement";
            }
            add(concept, RDF_TYPE, Term.iri(CONCEPT));
            switch (kind) {
                case "section" -> add(concept, RDF_TYPE, Term.iri(SECTION));
                case "requirement" -> add(concept, RDF_TYPE, Term.iri(REQUIREMENT));
                case "concept" -> {
                }
                default -> throw fail(path + ".props", "kind '" + kind + "' is not section, requirement or concept");
            }
            add(concept, NOTATION, Term.literal(notation));
            add(concept, PREF_LABEL, text(title));
            if (derived) {
                add(concept, DERIVED_NOTATION, Term.typed("true", XSD_BOOLEAN));
            }
            for (PropDef def : CONCEPT_PROPS) {
                for (Prop p : props) {
                    if (p.ours() && p.name().equals(def.name())) {
                        add(concept, def.predicate(), value(def, p.value(), path + ".props"));
                    }
                }
            }
            parts(item, path, concept, group, depth);
            add(concept, IN_SCHEME, scheme);
            if (parent == null) {
                add(concept, TOP_CONCEPT_OF, scheme);
                add(scheme, HAS_TOP_CONCEPT, concept);
            } else {
                add(concept, BROADER, parent);
            }
            int i = 0;
            if (group) {
                for (JsonNode g : array(item, "groups", path)) {
                    item(g, path + ".groups[" + i + "]", concept, true, depth + 1, position + "." + i);
                    i++;
                }
            }
            i = 0;
            for (JsonNode c : array(item, "controls", path)) {
                item(c, path + ".controls[" + i + "]", concept, false, depth + 1, position + "." + i);
                i++;
            }
        }

        private void parts(ObjectNode item, String path, Term concept, boolean group, int depth) {
            String statement = null;
            String overview = null;
            int i = 0;
            for (JsonNode p : array(item, "parts", path)) {
                String ppath = path + ".parts[" + i++ + "]";
                ObjectNode part = object(p, ppath);
                String name = string(part, "name", ppath, true);
                String ns = string(part, "ns", ppath, false);
                if (NS.equals(ns) && NOTE_PARTS.containsKey(name)) {
                    String prose = string(part, "prose", ppath, false);
                    if (prose != null) {
                        add(concept, NOTE_PARTS.get(name), text(prose));
                    }
                } else if (ns == null || NIST_NS.equals(ns)) {
                    if (name.equals("statement") && statement == null) {
                        statement = prose(part, ppath, depth + 1);
                    } else if (name.equals("overview") && overview == null) {
                        overview = prose(part, ppath, depth + 1);
                    } else if (name.equals("guidance")) {
                        String guidance = prose(part, ppath, depth + 1);
                        if (!guidance.isBlank()) {
                            add(concept, SCOPE_NOTE, text(guidance));
                        }
                    }
                }
            }
            String definition = statement != null ? statement : group ? overview : null;
            if (definition != null && !definition.isBlank()) {
                add(concept, DEFINITION, text(definition));
            }
        }

        /** The prose of a part and its sub-parts, each sub-part on its own line after its label. */
        private String prose(ObjectNode part, String path, int depth) {
            if (depth > MAX_DEPTH) {
                throw fail(path, "parts nested more than " + MAX_DEPTH + " levels deep");
            }
            List<String> lines = new ArrayList<>();
            String own = string(part, "prose", path, false);
            if (own != null && !own.isBlank()) {
                lines.add(own.strip());
            }
            int i = 0;
            for (JsonNode p : array(part, "parts", path)) {
                String ppath = path + ".parts[" + i++ + "]";
                ObjectNode sub = object(p, ppath);
                string(sub, "name", ppath, true);
                String label = null;
                for (Prop prop : props(sub, ppath)) {
                    if (prop.standard() && prop.name().equals("label")) {
                        label = prop.value();
                    }
                }
                String text = prose(sub, ppath, depth + 1);
                if (!text.isEmpty()) {
                    lines.add(label == null ? text : label + " " + text);
                }
            }
            return String.join("\n", lines);
        }

        private Term value(PropDef def, String value, String path) {
            return switch (def.kind()) {
                case PLAIN -> Term.literal(value);
                case TEXT -> text(value);
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw fail(path, "prop '" + def.name() + "' must be true or false, found '" + value + "'");
                    }
                    yield Term.typed(value, XSD_BOOLEAN);
                }
                case INTEGER -> {
                    if (!value.matches("-?\\d{1,9}")) {
                        throw fail(path, "prop '" + def.name() + "' must be an integer, found '" + value + "'");
                    }
                    yield Term.typed(value, XSD_INTEGER);
                }
                case IRI -> Term.iri(absoluteIri(value, path));
            };
        }

        private String absoluteIri(String value, String path) {
            try {
                URI uri = new URI(value);
                if (uri.isAbsolute()) {
                    return value;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw fail(path, "'" + value + "' is not an absolute IRI");
        }

        private List<Prop> props(ObjectNode node, String path) {
            List<Prop> out = new ArrayList<>();
            int i = 0;
            for (JsonNode p : array(node, "props", path)) {
                String ppath = path + ".props[" + i++ + "]";
                ObjectNode prop = object(p, ppath);
                out.add(new Prop(string(prop, "ns", ppath, false), string(prop, "name", ppath, true),
                        string(prop, "value", ppath, true)));
            }
            return out;
        }

        private static String ours(List<Prop> props, String name) {
            for (Prop p : props) {
                if (p.ours() && p.name().equals(name)) {
                    return p.value();
                }
            }
            return null;
        }

        private ObjectNode object(JsonNode node, String path) {
            if (!(node instanceof ObjectNode o)) {
                throw fail(path, "expected an object, found " + kind(node));
            }
            return o;
        }

        private JsonNode required(ObjectNode node, String field, String path) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw fail(path, "missing required field '" + field + "'");
            }
            return v;
        }

        private String string(ObjectNode node, String field, String path, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw fail(path, "missing required field '" + field + "'");
                }
                return null;
            }
            if (!v.isTextual()) {
                throw fail(path + "." + field, "expected a string, found " + kind(v));
            }
            return v.asText();
        }

        private Iterable<JsonNode> array(ObjectNode node, String field, String path) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!(v instanceof ArrayNode a)) {
                throw fail(path + "." + field, "expected an array, found " + kind(v));
            }
            return a;
        }

        private static String kind(JsonNode node) {
            return node == null ? "nothing" : switch (node.getNodeType()) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case ARRAY -> "an array";
                case OBJECT -> "an object";
                case NULL -> "null";
                default -> node.getNodeType().name().toLowerCase();
            };
        }

        private void add(Term subject, String predicate, Term object) {
            out.add(Statement.of(subject, predicate, object));
        }
    }

    private static Term text(String value) {
        return Term.langString(value, LANGUAGE);
    }

    private static Term date(String lexical) {
        if (lexical.matches("\\d{4}")) {
            return Term.typed(lexical, XSD_G_YEAR);
        }
        if (lexical.matches("\\d{4}-\\d{2}")) {
            return Term.typed(lexical, XSD_G_YEAR_MONTH);
        }
        if (lexical.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Term.typed(lexical, XSD_DATE);
        }
        if (lexical.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return Term.typed(lexical, XSD_DATE_TIME);
        }
        return Term.literal(lexical);
    }

    // ------------------------------------------------------------------------------------------ writing

    /**
     * Writes one concept scheme as an OSCAL catalog (JSON, UTF-8). {@code statements} must contain exactly one
     * skos:ConceptScheme, e.g. {@link Catalogues#schemeStatements(String)}; concepts are those in that scheme.
     * Output is deterministic: ids come from notations, UUIDs are name-based (version 5) from IRIs. The stream
     * is not closed.
     */
    public static void write(Collection<Statement> statements, OutputStream out) throws IOException {
        Triples t = new Triples(statements);
        List<Term> schemes = t.ofType(CONCEPT_SCHEME);
        if (schemes.size() != 1) {
            throw new IllegalArgumentException("expected statements of exactly one skos:ConceptScheme, found "
                    + schemes.size());
        }
        MAPPER.writeValue(out, new Writer(t, schemes.get(0)).catalog());
    }

    private static final class Writer {
        private final Triples t;
        private final Term scheme;
        private final String idPrefix;
        private final Map<Term, List<Term>> children = new HashMap<>();
        private final List<Term> roots = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Writer(Triples t, Term scheme) {
            this.t = t;
            this.scheme = scheme;
            String iri = scheme.value();
            String last = iri.replaceAll("[/#]+$", "");
            last = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('#')) + 1);
            String prefix = last.replaceAll("[^A-Za-z0-9._-]", "_");
            this.idPrefix = prefix.isEmpty() || !Character.isLetter(prefix.charAt(0)) ? "c" + prefix : prefix;
            List<Term> concepts = new ArrayList<>();
            for (Term c : t.ofType(CONCEPT)) {
                if (t.values(c, IN_SCHEME).contains(scheme)) {
                    concepts.add(c);
                }
            }
            Set<Term> inScheme = new HashSet<>(concepts);
            for (Term c : concepts) {
                Term parent = t.value(c, BROADER).filter(inScheme::contains).orElse(null);
                if (parent == null) {
                    roots.add(c);
                } else {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
                }
            }
        }

        private String notation(Term c) {
            String n = t.text(c, NOTATION);
            if (n != null) {
                return n;
            }
            String iri = c.value();
            return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        }

        private List<Term> sorted(List<Term> concepts) {
            List<Term> out = new ArrayList<>(concepts);
            out.sort(Comparator.comparing(this::notation, Notations.ORDER).thenComparing(Term::value));
            return out;
        }

        ObjectNode catalog() {
            ObjectNode root = MAPPER.createObjectNode();
            ObjectNode catalog = root.putObject("catalog");
            catalog.put("uuid", uuid5(scheme.value()));
            ObjectNode metadata = catalog.putObject("metadata");
            metadata.put("title", orElse(t.text(scheme, TITLE), scheme.value()));
            metadata.put("last-modified", lastModified());
            metadata.put("version", orElse(t.text(scheme, OWL_VERSION_INFO), "unversioned"));
            metadata.put("oscal-version", OSCAL_VERSION);
            ArrayNode props = metadata.putArray("props");
            prop(props, NS, "iri", scheme.value());
            String issued = t.text(scheme, ISSUED);
            if (issued != null) {
                prop(props, NS, "issued", issued);
            }
            for (Term note : t.values(scheme, EDITORIAL_NOTE)) {
                prop(props, NS, "editorial-note", note.value());
            }
            List<Term> publishers = t.values(scheme, PUBLISHER);
            if (!publishers.isEmpty()) {
                metadata.putArray("roles").addObject().put("id", "publisher").put("title", "Publisher");
                ArrayNode parties = metadata.putArray("parties");
                ArrayNode partyUuids = metadata.putArray("responsible-parties").addObject()
                        .put("role-id", "publisher").putArray("party-uuids");
                for (Term p : publishers) {
                    String uuid = uuid5(p.value());
                    ObjectNode party = parties.addObject().put("uuid", uuid).put("type", "organization");
                    if (p.isLiteral()) {
                        party.put("name", p.value());
                    } else {
                        String name = t.text(p, RDFS_LABEL);
                        if (name != null) {
                            party.put("name", name);
                        }
                        prop(party.putArray("props"), NS, "iri", p.value());
                    }
                    partyUuids.add(uuid);
                }
            }
            String description = t.text(scheme, DESCRIPTION);
            if (description != null) {
                metadata.put("remarks", description);
            }
            ArrayNode groups = MAPPER.createArrayNode();
            ArrayNode controls = MAPPER.createArrayNode();
            for (Term c : sorted(roots)) {
                if (isSection(c)) {
                    groups.add(item(c, true));
                } else {
                    controls.add(item(c, false));
                }
            }
            if (!groups.isEmpty()) {
                catalog.set("groups", groups);
            }
            if (!controls.isEmpty()) {
                catalog.set("controls", controls);
            }
            List<Term> sources = t.values(scheme, DC_SOURCE);
            if (!sources.isEmpty()) {
                ArrayNode resources = catalog.putObject("back-matter").putArray("resources");
                for (Term s : sources) {
                    ObjectNode resource = resources.addObject().put("uuid", uuid5(scheme.value() + "#source:"
                            + s.value()));
                    resource.put("title", "Source of the catalogue");
                    prop(resource.putArray("props"), NS, "kind", "source");
                    resource.putObject("citation").put("text", s.value());
                }
            }
            return root;
        }

        private boolean isSection(Term c) {
            return t.hasType(c, SECTION);
        }

        private ObjectNode item(Term c, boolean group) {
            ObjectNode item = MAPPER.createObjectNode();
            String id = uniqueId(idPrefix + "-" + notation(c).replaceAll("[^A-Za-z0-9._-]", "_"));
            item.put("id", id);
            item.put("title", orElse(t.text(c, PREF_LABEL), notation(c)));
            ArrayNode props = item.putArray("props");
            if (t.text(c, NOTATION) != null) {
                prop(props, null, "label", t.text(c, NOTATION));
            }
            prop(props, NS, "iri", c.value());
            prop(props, NS, "kind", t.hasType(c, REQUIREMENT) ? "requirement" : isSection(c) ? "section" : "concept");
            for (PropDef def : CONCEPT_PROPS) {
                for (Term v : t.values(c, def.predicate())) {
                    prop(props, NS, def.name(), v.value());
                }
            }
            ArrayNode parts = MAPPER.createArrayNode();
            String definition = t.text(c, DEFINITION);
            if (definition != null) {
                parts.addObject().put("id", id + "_" + (group ? "ovw" : "smt"))
                        .put("name", group ? "overview" : "statement").put("prose", definition);
            }
            for (Map.Entry<String, String> note : NOTE_PARTS.entrySet()) {
                for (Term v : t.values(c, note.getValue())) {
                    parts.addObject().put("name", note.getKey()).put("ns", NS).put("prose", v.value());
                }
            }
            if (!parts.isEmpty()) {
                item.set("parts", parts);
            }
            ArrayNode subGroups = MAPPER.createArrayNode();
            ArrayNode subControls = MAPPER.createArrayNode();
            for (Term child : sorted(children.getOrDefault(c, List.of()))) {
                if (group && isSection(child)) {
                    subGroups.add(item(child, true));
                } else {
                    subControls.add(item(child, false));
                }
            }
            if (!subGroups.isEmpty()) {
                item.set("groups", subGroups);
            }
            if (!subControls.isEmpty()) {
                item.set("controls", subControls);
            }
            return item;
        }

        private String uniqueId(String id) {
            String candidate = id;
            for (int n = 2; !ids.add(candidate); n++) {
                candidate = id + "_" + n;
            }
            return candidate;
        }

        private String lastModified() {
            String modified = t.text(scheme, MODIFIED);
            if (modified != null) {
                return modified;
            }
            String issued = t.text(scheme, ISSUED);
            if (issued != null) {
                if (issued.matches("\\d{4}")) {
                    return issued + "-01-01T00:00:00Z";
                }
                if (issued.matches("\\d{4}-\\d{2}")) {
                    return issued + "-01T00:00:00Z";
                }
                if (issued.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return issued + "T00:00:00Z";
                }
            }
            return "1970-01-01T00:00:00Z";
        }

        private static void prop(ArrayNode props, String ns, String name, String value) {
            ObjectNode p = props.addObject().put("name", name);
            if (ns != null) {
                p.put("ns", ns);
            }
            p.put("value", value);
        }

        private static String orElse(String value, String fallback) {
            return value != null ? value : fallback;
        }
    }

    /** A name-based (version 5, SHA-1) UUID in the URL namespace, as OSCAL accepts versions 4 and 5 only. */
    static String uuid5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            UUID ns = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
            for (long half : new long[] {ns.getMostSignificantBits(), ns.getLeastSignificantBits()}) {
                for (int i = 7; i >= 0; i--) {
                    sha1.update((byte) (half >>> (8 * i)));
                }
            }
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (h[i] & 0xff);
                lsb = (lsb << 8) | (h[i + 8] & 0xff);
            }
            return new UUID(msb, lsb).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 missing from the Java runtime", e);
        }
    }
}
