package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.RuleFamily;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.model.TwPackage;

/** The ontology is documented, covers the metamodel, and agrees with the Java constants and the shapes. */
class OntologyTest {

    private static final Model ONTOLOGY = ModelFactory.createModelForGraph(Rdf.ontology());
    private static final String SH = "http://www.w3.org/ns/shacl#";

    @Test
    void everyTermHasALabelAndAComment() {
        Set<String> undocumented = new TreeSet<>();
        ONTOLOGY.listSubjects().forEach(subject -> {
            if (subject.isURIResource() && subject.getURI().startsWith(TW.NS)
                    && (!subject.hasProperty(RDFS.label) || !subject.hasProperty(RDFS.comment))) {
                undocumented.add(subject.getURI());
            }
        });
        assertEquals(Set.of(), undocumented);
        assertTrue(ONTOLOGY.listSubjects().toList().size() > 200, "the ontology was read");
    }

    @Test
    void everyConstantOfTwIsDeclaredInTheOntology() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Field field : TW.class.getFields()) {
            String value = (String) field.get(null);
            if (Modifier.isStatic(field.getModifiers()) && value.startsWith(TW.NS) && !value.equals(TW.NS)) {
                checked++;
                if (!ONTOLOGY.contains(ONTOLOGY.createResource(value), RDF.type)) {
                    missing.add(field.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(ONTOLOGY.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(TW.NS)).toList().size(),
                checked, "TW has one constant per ontology term");
    }

    @Test
    void everyMetamodelClassIsAnOntologyClassOfTheSameName() {
        for (EClassifier classifier : TwPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                Resource ontologyClass = ONTOLOGY.createResource(TW.NS + eClass.getName());
                assertTrue(ONTOLOGY.contains(ontologyClass, RDF.type, ONTOLOGY.createResource("http://www.w3.org/2002/07/owl#Class")),
                        eClass.getName());
                for (EClass superType : eClass.getESuperTypes()) {
                    assertTrue(ONTOLOGY.contains(ontologyClass, RDFS.subClassOf, ONTOLOGY.createResource(TW.NS + superType.getName())),
                            eClass.getName() + " is a " + superType.getName());
                }
            }
        }
    }

    @Test
    void everyMetamodelFeatureHasADeclaredProperty() {
        List<String> unmapped = new ArrayList<>();
        for (EClassifier classifier : TwPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    String property = ModelProperties.of(feature);
                    if (property == null) {
                        unmapped.add(eClass.getName() + "." + feature.getName());
                    } else if (property.startsWith(TW.NS)) {
                        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(property), RDF.type), property + " is declared");
                    }
                }
            }
        }
        assertEquals(List.of(), unmapped);
    }

    @Test
    void conceptNotationsAreTheLabelsTheAnalysisUses() {
        for (Stride stride : Stride.values()) {
            assertEquals(stride.label(), notation(AnalysisConcepts.stride(stride)));
            assertInScheme(AnalysisConcepts.stride(stride), TW.STRIDE_SCHEME);
        }
        for (Severity severity : Severity.values()) {
            assertEquals(severity.label(), notation(AnalysisConcepts.severity(severity)));
            assertInScheme(AnalysisConcepts.severity(severity), TW.SEVERITY_SCHEME);
        }
        for (TriageStatus status : TriageStatus.values()) {
            assertEquals(status.label(), notation(AnalysisConcepts.triageStatus(status)));
            assertInScheme(AnalysisConcepts.triageStatus(status), TW.TRIAGE_STATUS_SCHEME);
            assertEquals(status, AnalysisConcepts.triageStatusOf(AnalysisConcepts.triageStatus(status)));
        }
        for (RuleFamily family : RuleFamily.values()) {
            assertEquals(family.label(), notation(AnalysisConcepts.ruleFamily(family)));
            assertInScheme(AnalysisConcepts.ruleFamily(family), TW.RULE_FAMILY_SCHEME);
        }
        assertEquals(6, ONTOLOGY.listSubjectsWithProperty(SKOS.inScheme, ONTOLOGY.createResource(TW.STRIDE_SCHEME)).toList().size());
    }

    @Test
    void everyConceptIsInExactlyOneSchemeWithOneNotation() {
        ONTOLOGY.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(concept -> {
            assertEquals(1, concept.listProperties(SKOS.inScheme).toList().size(), concept.getURI());
            assertEquals(1, concept.listProperties(SKOS.notation).toList().size(), concept.getURI());
        });
    }

    /**
     * The shapes list the allowed values of each enumeration-valued property; they must be exactly the
     * metamodel's literals, in the metamodel's order, or valid models would be rejected (or invalid ones pass).
     */
    @Test
    void enumerationValuesInTheShapesAreTheMetamodelLiterals() {
        Model shapes = RDFDataMgr.loadModel(Rdf.ontologyFolder().resolve("threatwright-shapes.ttl").toString());
        Map<String, List<String>> literalsByProperty = new HashMap<>();
        for (EClassifier classifier : TwPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    if (feature.getEType() instanceof EEnum eEnum) {
                        List<String> literals = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
                        List<String> before = literalsByProperty.put(ModelProperties.of(feature), literals);
                        assertTrue(before == null || before.equals(literals), "one property, one enumeration: " + feature.getName());
                    }
                }
            }
        }
        int checked = 0;
        for (Resource propertyShape : shapes.listSubjectsWithProperty(shapes.createProperty(SH + "in")).toList()) {
            Resource path = propertyShape.getPropertyResourceValue(shapes.createProperty(SH + "path"));
            List<String> expected = literalsByProperty.get(path.getURI());
            if (expected == null) {
                continue; // a list of concepts (STRIDE, severity...), not a metamodel enumeration
            }
            RDFList values = propertyShape.getPropertyResourceValue(shapes.createProperty(SH + "in")).as(RDFList.class);
            assertEquals(expected, values.asJavaList().stream().map(RDFNode::asLiteral).map(literal -> literal.getLexicalForm()).toList(),
                    path.getURI());
            checked++;
        }
        assertEquals(literalsByProperty.size() + 2, checked,
                "every enumeration property has a shape (protocol and authentication twice: interfaces and flows)");
    }

    @Test
    void theBundleCarriesTheOntologyAndShapesAsInTheSourceTree() throws IOException {
        try (InputStream ontology = OntologyResources.openOntology(); InputStream shapes = OntologyResources.openShapes()) {
            assertNotNull(ontology);
            assertArrayEquals(Files.readAllBytes(Rdf.ontologyFolder().resolve("threatwright.ttl")), ontology.readAllBytes());
            assertArrayEquals(Files.readAllBytes(Rdf.ontologyFolder().resolve("threatwright-shapes.ttl")), shapes.readAllBytes());
        }
    }

    @Test
    void theShapesParse() {
        assertFalse(Rdf.shapes().numRootShapes() == 0);
    }

    private static String notation(String concept) {
        return ONTOLOGY.createResource(concept).getProperty(SKOS.notation).getString();
    }

    private static void assertInScheme(String concept, String scheme) {
        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(concept), SKOS.inScheme, ONTOLOGY.createResource(scheme)), concept);
    }
}
