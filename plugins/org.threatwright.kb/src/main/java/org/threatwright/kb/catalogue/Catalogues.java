package org.threatwright.kb.catalogue;

import static org.threatwright.kb.catalogue.CatalogueVocabulary.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.threatwright.kb.store.RdfSyntaxException;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * The compliance catalogues: SKOS concept schemes with Threatwright's catalogue vocabulary, and the
 * cross-catalogue mappings. {@link #builtIn()} loads the catalogues shipped in this bundle (copied from
 * {@code models/catalogues} into the jar under {@code catalogues/}); {@link #load(List)} and
 * {@link #of(Collection)} take any other catalogue, e.g. one imported with {@link OscalCatalogs}.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Catalogues {

    /** IoT Security Foundation Security Compliance Framework (section 2.4.3 so far). */
    public static final String IOTSF = CATALOGUE_BASE + "iotsf";
    /** ZVEI Horizontal Process Requirements for the Security Life-Cycle Management of IoT Products. */
    public static final String ZVEI_HPR = CATALOGUE_BASE + "zvei-hpr";
    /** ETSI EN 303 645. */
    public static final String ETSI_EN_303_645 = CATALOGUE_BASE + "etsi-en-303-645";
    /** IEC 62443-4-1. */
    public static final String IEC_62443_4_1 = CATALOGUE_BASE + "iec-62443-4-1";

    /** The built-in catalogue files, in load order; resources under {@code catalogues/} in this bundle. */
    public static final List<String> BUILT_IN_FILES = List.of("catalogue-vocabulary.ttl", "iotsf-2.4.3.ttl",
            "zvei-horizontal-process-requirements.ttl", "etsi-en-303-645.ttl", "iec-62443-4-1.ttl", "mappings.ttl");

    private static final Set<String> MATCH_PROPERTIES = Set.of(EXACT_MATCH, CLOSE_MATCH, BROAD_MATCH, NARROW_MATCH,
            RELATED_MATCH);

    private static volatile Catalogues builtIn;

    private final Triples triples;

    private Catalogues(Collection<Statement> statements) {
        this.triples = new Triples(statements);
    }

    /** The catalogues shipped with Threatwright, loaded once from this bundle's resources. */
    public static Catalogues builtIn() {
        Catalogues c = builtIn;
        if (c == null) {
            synchronized (Catalogues.class) {
                c = builtIn;
                if (c == null) {
                    List<Statement> all = new ArrayList<>();
                    for (String file : BUILT_IN_FILES) {
                        all.addAll(builtInFile(file));
                    }
                    builtIn = c = new Catalogues(all);
                }
            }
        }
        return c;
    }

    /** The statements of one built-in catalogue file (one of {@link #BUILT_IN_FILES}). */
    public static List<Statement> builtInFile(String name) {
        if (!BUILT_IN_FILES.contains(name)) {
            throw new IllegalArgumentException("not a built-in catalogue file: " + name);
        }
        String resource = "catalogues/" + name;
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalogue missing from the bundle: " + resource);
            }
            return TurtleFiles.parse(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in catalogue " + resource, e);
        }
    }

    /**
     * Loads Turtle catalogue files. A syntax error throws {@link RdfSyntaxException} naming the file, line and
     * column; nothing is returned then.
     */
    public static Catalogues load(List<Path> turtleFiles) throws IOException {
        List<Statement> all = new ArrayList<>();
        for (Path file : turtleFiles) {
            all.addAll(readTurtle(file));
        }
        return new Catalogues(all);
    }

    /** Reads one Turtle file into statements. */
    public static List<Statement> readTurtle(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TurtleFiles.parse(in, file.toString());
        }
    }

    /** Catalogues over the given statements (e.g. an OSCAL import, possibly plus the built-in ones). */
    public static Catalogues of(Collection<Statement> statements) {
        return new Catalogues(statements);
    }

    /** Every statement, without duplicates. */
    public List<Statement> statements() {
        return triples.all();
    }

    /** The concept schemes, ordered by IRI. */
    public List<CatalogueScheme> schemes() {
        return triples.ofType(CONCEPT_SCHEME).stream().filter(Term::isIri).map(this::scheme)
                .sorted(Comparator.comparing(CatalogueScheme::iri)).toList();
    }

    public Optional<CatalogueScheme> scheme(String schemeIri) {
        Term s = Term.iri(schemeIri);
        return triples.hasType(s, CONCEPT_SCHEME) ? Optional.of(scheme(s)) : Optional.empty();
    }

    private CatalogueScheme scheme(Term s) {
        String publisher = triples.value(s, PUBLISHER)
                .map(p -> p.isLiteral() ? p.value() : Optional.ofNullable(triples.text(p, RDFS_LABEL)).orElse(p.value()))
                .orElse(null);
        List<String> top = triples.values(s, HAS_TOP_CONCEPT).stream().map(Term::value)
                .map(iri -> concept(iri).orElse(null)).filter(c -> c != null)
                .sorted(Comparator.comparing(CatalogueConcept::notation, Notations.ORDER)).map(CatalogueConcept::iri)
                .toList();
        return new CatalogueScheme(s.value(), triples.text(s, TITLE), triples.text(s, DESCRIPTION), publisher,
                triples.text(s, ISSUED), triples.text(s, OWL_VERSION_INFO), triples.text(s, DC_SOURCE), top);
    }

    /** The concept with this IRI, if it is a skos:Concept here. */
    public Optional<CatalogueConcept> concept(String iri) {
        Term c = Term.iri(iri);
        return triples.hasType(c, CONCEPT) ? Optional.of(concept(c)) : Optional.empty();
    }

    /** The concept of a scheme with this notation (clause number), e.g. {@code concept(IOTSF, "2.4.3.24")}. */
    public Optional<CatalogueConcept> concept(String schemeIri, String notation) {
        return concepts(schemeIri).stream().filter(c -> notation.equals(c.notation())).findFirst();
    }

    /** Every concept of a scheme (sections, requirements, reserved numbers), in notation order. */
    public List<CatalogueConcept> concepts(String schemeIri) {
        Term scheme = Term.iri(schemeIri);
        List<CatalogueConcept> out = new ArrayList<>();
        for (Term c : triples.ofType(CONCEPT)) {
            if (triples.values(c, IN_SCHEME).contains(scheme)) {
                out.add(concept(c));
            }
        }
        out.sort(Comparator.comparing(CatalogueConcept::notation,
                Comparator.nullsLast(Notations.ORDER)).thenComparing(CatalogueConcept::iri));
        return out;
    }

    /** The requirements of a scheme that are not reserved, in notation order. */
    public List<CatalogueConcept> requirements(String schemeIri) {
        return concepts(schemeIri).stream().filter(CatalogueConcept::isRequirement).toList();
    }

    /** The concepts directly below this one (whose skos:broader it is), in notation order. */
    public List<CatalogueConcept> narrower(String conceptIri) {
        Term parent = Term.iri(conceptIri);
        List<CatalogueConcept> out = new ArrayList<>();
        for (Term c : triples.ofType(CONCEPT)) {
            if (triples.values(c, BROADER).contains(parent)) {
                out.add(concept(c));
            }
        }
        out.sort(Comparator.comparing(CatalogueConcept::notation, Comparator.nullsLast(Notations.ORDER)));
        return out;
    }

    private CatalogueConcept concept(Term c) {
        CatalogueConcept.Kind kind = triples.hasType(c, REQUIREMENT) ? CatalogueConcept.Kind.REQUIREMENT
                : triples.hasType(c, SECTION) ? CatalogueConcept.Kind.SECTION : CatalogueConcept.Kind.OTHER;
        String mfc = triples.text(c, MANDATORY_FROM_CLASS);
        return new CatalogueConcept(c.value(), triples.text(c, IN_SCHEME), triples.text(c, NOTATION), kind,
                triples.text(c, PREF_LABEL), triples.text(c, DEFINITION), triples.text(c, BROADER),
                triples.flag(c, RESERVED), triples.flag(c, DERIVED_NOTATION), triples.text(c, APPLICABILITY),
                triples.text(c, APPLICABILITY_TEXT), mfc == null ? null : Integer.valueOf(mfc),
                triples.text(c, PRIMARY_KEYWORD), triples.text(c, SECONDARY_KEYWORD), triples.text(c, OBLIGATION),
                triples.flag(c, CONDITIONAL), triples.text(c, CONDITION));
    }

    /** Every annotated mapping (tw-cat:Mapping), ordered by IRI. */
    public List<CatalogueMapping> mappings() {
        List<CatalogueMapping> out = new ArrayList<>();
        for (Term m : triples.ofType(MAPPING)) {
            out.add(new CatalogueMapping(m.value(), triples.text(m, SOURCE), triples.text(m, TARGET),
                    triples.text(m, MATCH_PROPERTY), triples.text(m, RDFS_COMMENT)));
        }
        out.sort(Comparator.comparing(CatalogueMapping::iri));
        return out;
    }

    /** The annotated mappings that have this concept at either end. */
    public List<CatalogueMapping> mappingsOf(String conceptIri) {
        return mappings().stream().filter(m -> conceptIri.equals(m.source()) || conceptIri.equals(m.target()))
                .toList();
    }

    /** Whether a direct SKOS mapping triple {@code source property target} is present. */
    public boolean hasMatch(String sourceIri, String matchProperty, String targetIri) {
        return triples.values(Term.iri(sourceIri), matchProperty).contains(Term.iri(targetIri));
    }

    /**
     * The statements that make up one scheme: the scheme itself, its publisher, and every concept in it, without
     * the cross-catalogue mapping triples (those belong to the mappings, see {@link #mappings()}).
     */
    public List<Statement> schemeStatements(String schemeIri) {
        Term scheme = Term.iri(schemeIri);
        if (!triples.hasType(scheme, CONCEPT_SCHEME)) {
            throw new IllegalArgumentException("no concept scheme " + schemeIri);
        }
        Set<Statement> out = new LinkedHashSet<>(triples.about(scheme));
        for (Term publisher : triples.values(scheme, PUBLISHER)) {
            if (!publisher.isLiteral()) {
                out.addAll(triples.about(publisher));
            }
        }
        for (Term c : triples.subjects()) {
            if (triples.values(c, IN_SCHEME).contains(scheme)) {
                for (Statement s : triples.about(c)) {
                    if (!MATCH_PROPERTIES.contains(s.predicate().value())) {
                        out.add(s);
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
