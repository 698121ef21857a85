package org.threatwright.kb.ontology;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StatementSink;
import org.threatwright.kb.store.Term;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.ModelElements;

/**
 * Maps a system model to statements in the Threatwright ontology: every object with its class (the metamodel
 * class of the same name, most specific only: the ontology's {@code rdfs:subClassOf} gives the rest) and every
 * feature through the table in {@link ModelProperties}.
 *
 * <ul>
 * <li>Model elements are named by their UUIDs ({@link Iris#element}); role assignments and external ids, which
 * have no id of their own, by their container's IRI plus feature name and 1-based position
 * ({@code .../element/<product id>/roles/2}).</li>
 * <li>Enumerations become plain literals holding the metamodel's literal ({@code "mqtts"}, {@code "unknown"}),
 * exactly as the model file writes them; booleans {@code xsd:boolean}, integers {@code xsd:integer}, dates
 * {@code xsd:date}. Every enumeration and boolean is written, defaults included, because "not stated" is a
 * value the analysis relies on; a null or empty string is left out.</li>
 * <li>Containment is a statement from container to contained ({@code tw:hasElement}, {@code tw:hasInterface},
 * {@code tw:hasNestedBoundary}...); references are statements to the referenced element's IRI.</li>
 * </ul>
 *
 * <p>The order is deterministic: objects in the model file's order (each object before what it contains), and an
 * object's statements in the metamodel's feature order, list values in list order.
 */
public final class ModelToRdf {

    private final StatementOut out;

    private ModelToRdf(StatementSink sink) {
        this.out = new StatementOut(sink);
    }

    /**
     * The statements describing {@code model}.
     *
     * @throws IllegalArgumentException if an element has no id, or a reference points to an object that is not
     *                                  a model element (neither happens in a model that validates)
     */
    public static List<Statement> map(SystemModel model) {
        StatementList list = new StatementList();
        map(model, list);
        return list.toList();
    }

    /**
     * Writes the statements describing {@code model} to {@code sink} one by one, in the order of {@link #map(SystemModel)},
     * without holding them: for models too large to map into a list.
     *
     * @throws IllegalArgumentException as {@link #map(SystemModel)}
     */
    public static void map(SystemModel model, StatementSink sink) {
        new ModelToRdf(sink).visit(model, iriOf(model));
    }

    private void visit(EObject object, String iri) {
        out.type(iri, ModelProperties.classOf(object.eClass()));
        List<EStructuralFeature> features = object.eClass().getEAllStructuralFeatures();
        for (EStructuralFeature feature : features) {
            String property = propertyOf(feature);
            if (feature instanceof EAttribute attribute) {
                for (Object value : valuesOf(object, attribute)) {
                    Term literal = literalOf(value, object, attribute);
                    if (literal != null) {
                        out.add(iri, property, literal);
                    }
                }
            } else {
                List<EObject> targets = valuesOf(object, (EReference) feature);
                for (int i = 0; i < targets.size(); i++) {
                    out.iri(iri, property, targetIri(iri, (EReference) feature, targets.get(i), i));
                }
            }
        }
        // what an object contains comes after the object itself, in feature order
        for (EStructuralFeature feature : features) {
            if (feature instanceof EReference reference && reference.isContainment()) {
                List<EObject> children = valuesOf(object, reference);
                for (int i = 0; i < children.size(); i++) {
                    visit(children.get(i), targetIri(iri, reference, children.get(i), i));
                }
            }
        }
    }

    private static String propertyOf(EStructuralFeature feature) {
        String property = ModelProperties.of(feature);
        if (property == null) {
            throw new IllegalStateException("the metamodel feature " + feature.getEContainingClass().getName() + "."
                    + feature.getName() + " has no ontology property (add it to ModelProperties and the ontology)");
        }
        return property;
    }

    private static String targetIri(String containerIri, EReference reference, EObject target, int index) {
        if (reference.isContainment() && !(target instanceof ModelElement)) {
            return containerIri + "/" + reference.getName() + "/" + (index + 1);
        }
        return iriOf(target);
    }

    private static String iriOf(EObject object) {
        if (!(object instanceof ModelElement element)) {
            throw new IllegalArgumentException("only model elements can be referred to: " + ModelElements.describe(object));
        }
        String id = element.getId();
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(ModelElements.describe(object) + " has no id, so it has no IRI");
        }
        return Iris.element(id);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> valuesOf(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        if (attribute.isMany()) {
            return (List<Object>) value;
        }
        return value == null ? List.of() : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> valuesOf(EObject object, EReference reference) {
        Object value = object.eGet(reference);
        if (reference.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    private static Term literalOf(Object value, EObject owner, EAttribute attribute) {
        return switch (value) {
            case String text -> text.isEmpty() ? null : Term.literal(text);
            case Enumerator literal -> Term.literal(literal.getLiteral());
            case Boolean bool -> Term.typed(bool.toString(), TW.XSD_BOOLEAN);
            case Integer number -> Term.typed(number.toString(), TW.XSD_INTEGER);
            case LocalDate date -> Term.typed(date.toString(), TW.XSD_DATE);
            default -> throw new IllegalStateException("no RDF form for " + value.getClass().getName() + " values ("
                    + owner.eClass().getName() + "." + attribute.getName() + ")");
        };
    }
}
