package org.threatwright.kb.decisions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.audit.Audit;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreReader;
import org.threatwright.kb.store.Term;

/**
 * The design decisions of one model, in their own graph ({@link KnowledgeGraphs#designDecisions}), the only copy.
 * Ids are {@code DEC-001}, {@code DEC-002}... in the order decisions are recorded. Recording a decision that
 * supersedes another marks the other superseded in the same write transaction. A decision is never deleted.
 */
public final class DecisionLog {

    private static final Pattern ID = Pattern.compile("DEC-(\\d+)");

    private static final String EXISTS = """
            ASK { GRAPH ?graph { ?resource a ?type } }
            """;

    private final KnowledgeStore store;
    private final String modelId;
    private final String graph;

    public DecisionLog(KnowledgeStore store, String modelId) {
        this.store = Objects.requireNonNull(store, "store");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.graph = KnowledgeGraphs.designDecisions(modelId);
    }

    /** The graph the decisions are in. */
    public String graph() {
        return graph;
    }

    /** Every decision, by id. */
    public List<DesignDecision> list() {
        return List.copyOf(store.read(reader -> DecisionRdf.fromStatements(reader.statements(graph))).values());
    }

    /** The decision with this id. */
    public Optional<DesignDecision> find(String id) {
        return Optional.ofNullable(store.read(reader -> DecisionRdf.fromStatements(reader.statements(graph))).get(id));
    }

    /**
     * Records a decision in one write transaction and returns it with its new id. Every link is checked first: an
     * element or finding the caller does not know, a risk or requirement not in the knowledge base, or a superseded
     * decision that does not exist or is already superseded is refused with {@link IllegalArgumentException} naming
     * it, and nothing is written.
     *
     * @param knownElements ids of the model's elements
     * @param knownFindings ids of the findings of the model's current analysis
     */
    public DesignDecision add(NewDecision request, Set<String> knownElements, Set<String> knownFindings) {
        for (String element : request.elements()) {
            if (!knownElements.contains(element)) {
                throw new IllegalArgumentException("no element with id '" + element + "' in model " + modelId);
            }
        }
        for (String finding : request.findings()) {
            if (!knownFindings.contains(finding)) {
                throw new IllegalArgumentException("no finding '" + finding + "' in the current analysis of model " + modelId);
            }
        }
        return store.write(writer -> {
            checkRecorded(writer, request.risks(), KnowledgeGraphs.risk(modelId), TW.RISK, Iris::risk, "risk");
            checkRecorded(writer, request.requirements(), KnowledgeGraphs.requirements(modelId), TW.SECURITY_REQUIREMENT,
                    Iris::requirement, "requirement");
            Map<String, DesignDecision> all = DecisionRdf.fromStatements(writer.statements(graph));
            DesignDecision old = null;
            if (request.supersedes() != null) {
                old = all.get(request.supersedes());
                if (old == null) {
                    throw new IllegalArgumentException("cannot supersede " + request.supersedes() + ": no such decision (ids: "
                            + all.keySet() + ")");
                }
                if (old.status() == DecisionStatus.SUPERSEDED) {
                    throw new IllegalArgumentException("cannot supersede " + old.id() + ": it was already superseded by "
                            + old.supersededBy());
                }
            }
            String id = String.format("DEC-%03d", nextNumber(all.keySet()));
            DesignDecision decision = new DesignDecision(id, request.title(), request.context(), request.decision(),
                    request.alternatives(), request.consequences(), request.status(), request.date(), request.author(),
                    Instant.now(), request.elements(), request.findings(), request.risks(), request.requirements(),
                    request.clauses(), request.supersedes(), null);
            Audit.note(writer, "decision " + id + " recorded" + (old == null ? "" : ", superseding " + old.id()));
            List<Statement> added = new ArrayList<>(DecisionRdf.toStatements(decision));
            if (old != null) {
                Term oldIri = Term.iri(Iris.designDecision(old.id()));
                writer.remove(graph, List.of(Statement.of(oldIri, DecisionRdf.DECISION_STATUS, Term.iri(old.status().concept()))));
                added.add(Statement.of(oldIri, DecisionRdf.DECISION_STATUS, Term.iri(DecisionStatus.SUPERSEDED.concept())));
            }
            writer.add(graph, added);
            return decision;
        });
    }

    private static void checkRecorded(StoreReader reader, List<String> ids, String graph, String type,
            java.util.function.Function<String, String> iri, String what) {
        for (String id : ids) {
            boolean exists = reader.ask(Sparql.of(EXISTS).bindIri("graph", graph).bindIri("resource", iri.apply(id))
                    .bindIri("type", type));
            if (!exists) {
                throw new IllegalArgumentException("no " + what + " '" + id + "' in the knowledge base (graph " + graph + ")");
            }
        }
    }

    private static int nextNumber(Set<String> ids) {
        int max = 0;
        for (String id : ids) {
            Matcher m = ID.matcher(id);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max + 1;
    }
}
