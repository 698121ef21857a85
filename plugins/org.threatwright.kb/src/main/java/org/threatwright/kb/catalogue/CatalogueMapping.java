package org.threatwright.kb.catalogue;

/**
 * One cross-catalogue mapping: {@code source matchProperty target}, with the reason for it.
 *
 * @param iri the tw-cat:Mapping resource
 * @param source IRI of the source concept
 * @param target IRI of the target concept
 * @param matchProperty IRI of the SKOS mapping property (exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch)
 * @param rationale one line saying why (rdfs:comment)
 */
public record CatalogueMapping(String iri, String source, String target, String matchProperty, String rationale) {
}
