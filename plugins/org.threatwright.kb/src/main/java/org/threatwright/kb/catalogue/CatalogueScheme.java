package org.threatwright.kb.catalogue;

import java.util.List;

/**
 * One catalogue (a SKOS concept scheme) as plain data.
 *
 * @param iri the scheme's IRI
 * @param title dcterms:title
 * @param description dcterms:description, or null
 * @param publisher the label of the dcterms:publisher agent (or the literal), or null
 * @param issued lexical form of dcterms:issued (e.g. "2020-06"), or null
 * @param version owl:versionInfo, or null
 * @param source dcterms:source citation, or null
 * @param topConcepts IRIs of the top concepts, in notation order
 */
public record CatalogueScheme(String iri, String title, String description, String publisher, String issued,
        String version, String source, List<String> topConcepts) {

    public CatalogueScheme {
        topConcepts = List.copyOf(topConcepts);
    }
}
