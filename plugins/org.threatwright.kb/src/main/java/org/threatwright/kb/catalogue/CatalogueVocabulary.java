package org.threatwright.kb.catalogue;

/**
 * IRIs of the terms the catalogues use: Threatwright's own catalogue vocabulary ({@code tw-cat}, defined in
 * {@code models/catalogues/catalogue-vocabulary.ttl}) and the SKOS, DCTERMS, RDF, RDFS, OWL and XSD terms
 * reused from their standards.
 */
public final class CatalogueVocabulary {

    private CatalogueVocabulary() {
    }

    public static final String TW_CAT = "https://threatwright.org/ontology/catalogue#";
    /** Base of every built-in catalogue, concept and mapping IRI. */
    public static final String CATALOGUE_BASE = "https://threatwright.org/catalogue/";

    public static final String SECTION = TW_CAT + "Section";
    public static final String REQUIREMENT = TW_CAT + "Requirement";
    public static final String RESERVED = TW_CAT + "reserved";
    public static final String DERIVED_NOTATION = TW_CAT + "derivedNotation";
    public static final String PRIMARY_KEYWORD = TW_CAT + "primaryKeyword";
    public static final String SECONDARY_KEYWORD = TW_CAT + "secondaryKeyword";
    public static final String APPLICABILITY = TW_CAT + "applicability";
    public static final String APPLICABILITY_TEXT = TW_CAT + "applicabilityText";
    public static final String MANDATORY_FROM_CLASS = TW_CAT + "mandatoryFromClass";
    public static final String OBLIGATION = TW_CAT + "obligation";
    public static final String CONDITIONAL = TW_CAT + "conditional";
    public static final String CONDITION = TW_CAT + "condition";
    public static final String MAPPING = TW_CAT + "Mapping";
    public static final String SOURCE = TW_CAT + "source";
    public static final String TARGET = TW_CAT + "target";
    public static final String MATCH_PROPERTY = TW_CAT + "matchProperty";

    public static final String MANDATORY_ALL = TW_CAT + "mandatory-all";
    public static final String MANDATORY_CLASS_1_PLUS = TW_CAT + "mandatory-class-1-plus";
    public static final String MANDATORY_CLASS_2_PLUS = TW_CAT + "mandatory-class-2-plus";
    public static final String MANDATORY_CLASS_3_PLUS = TW_CAT + "mandatory-class-3-plus";
    public static final String ADVISORY = TW_CAT + "advisory";
    public static final String MANDATORY = TW_CAT + "mandatory";
    public static final String RECOMMENDED = TW_CAT + "recommended";

    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String CONCEPT = SKOS + "Concept";
    public static final String CONCEPT_SCHEME = SKOS + "ConceptScheme";
    public static final String NOTATION = SKOS + "notation";
    public static final String PREF_LABEL = SKOS + "prefLabel";
    public static final String DEFINITION = SKOS + "definition";
    public static final String SCOPE_NOTE = SKOS + "scopeNote";
    public static final String EDITORIAL_NOTE = SKOS + "editorialNote";
    public static final String BROADER = SKOS + "broader";
    public static final String IN_SCHEME = SKOS + "inScheme";
    public static final String TOP_CONCEPT_OF = SKOS + "topConceptOf";
    public static final String HAS_TOP_CONCEPT = SKOS + "hasTopConcept";
    public static final String EXACT_MATCH = SKOS + "exactMatch";
    public static final String CLOSE_MATCH = SKOS + "closeMatch";
    public static final String BROAD_MATCH = SKOS + "broadMatch";
    public static final String NARROW_MATCH = SKOS + "narrowMatch";
    public static final String RELATED_MATCH = SKOS + "relatedMatch";

    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String TITLE = DCTERMS + "title";
    public static final String DESCRIPTION = DCTERMS + "description";
    public static final String PUBLISHER = DCTERMS + "publisher";
    public static final String ISSUED = DCTERMS + "issued";
    public static final String MODIFIED = DCTERMS + "modified";
    public static final String DC_SOURCE = DCTERMS + "source";
    public static final String AGENT = DCTERMS + "Agent";

    public static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    public static final String RDFS_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment";
    public static final String OWL_VERSION_INFO = "http://www.w3.org/2002/07/owl#versionInfo";

    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String XSD_BOOLEAN = XSD + "boolean";
    public static final String XSD_INTEGER = XSD + "integer";
    public static final String XSD_DATE = XSD + "date";
    public static final String XSD_DATE_TIME = XSD + "dateTime";
    public static final String XSD_G_YEAR = XSD + "gYear";
    public static final String XSD_G_YEAR_MONTH = XSD + "gYearMonth";
}
