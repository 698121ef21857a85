package org.threatwright.kb.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.StoreReader;
import org.threatwright.kb.store.Term;
import org.threatwright.risk.gate.GateRisk;

/**
 * The risks published in a model's risk graph ({@link KnowledgeGraphs#risk}), as the risk assessment writes them
 * (one {@code tw:Risk} per finding with {@code tw:findingId}, {@code tw:riskValue}, {@code tw:residualRiskValue},
 * {@code tw:exceedsThreshold}, {@code tw:residualExceedsThreshold} and, once a person decided, {@code tw:treatment};
 * the product carries {@code tw:acceptanceThreshold}).
 *
 * @param risks     by finding id
 * @param threshold the acceptance threshold, when published
 */
public record PublishedRisks(List<GateRisk> risks, Integer threshold) {

    static final String RISK_VALUE = TW.RISK_VALUE;
    static final String RESIDUAL_RISK_VALUE = TW.RESIDUAL_RISK_VALUE;
    static final String EXCEEDS_THRESHOLD = TW.EXCEEDS_THRESHOLD;
    static final String RESIDUAL_EXCEEDS_THRESHOLD = TW.RESIDUAL_EXCEEDS_THRESHOLD;
    static final String ACCEPTANCE_THRESHOLD = TW.ACCEPTANCE_THRESHOLD;

    private static final String RISKS = """
            PREFIX tw: <https://threatwright.org/ontology#>
            SELECT ?risk ?finding ?value ?residual ?exceeds ?residualExceeds ?treatment WHERE {
              GRAPH ?graph {
                ?risk a tw:Risk ; tw:findingId ?finding .
                OPTIONAL { ?risk tw:riskValue ?value }
                OPTIONAL { ?risk tw:residualRiskValue ?residual }
                OPTIONAL { ?risk tw:exceedsThreshold ?exceeds }
                OPTIONAL { ?risk tw:residualExceedsThreshold ?residualExceeds }
                OPTIONAL { ?risk tw:treatment ?treatment }
              }
            } ORDER BY ?finding ?risk
            """;

    private static final String THRESHOLD = """
            PREFIX tw: <https://threatwright.org/ontology#>
            SELECT ?threshold WHERE { GRAPH ?graph { ?product tw:acceptanceThreshold ?threshold } }
            """;

    public PublishedRisks {
        risks = List.copyOf(risks);
    }

    /**
     * The risks published for {@code modelId}; none when nothing is published.
     *
     * @throws IllegalArgumentException naming the risk when one is malformed (a value missing or not a number)
     */
    public static PublishedRisks read(StoreReader reader, String modelId) {
        String graph = KnowledgeGraphs.risk(modelId);
        List<GateRisk> risks = new ArrayList<>();
        String previous = null;
        for (QueryRow row : reader.select(Sparql.of(RISKS).bindIri("graph", graph))) {
            String finding = row.value("finding");
            if (finding.equals(previous)) {
                throw new IllegalArgumentException(graph + ": two risks, or two values of one property, for finding " + finding);
            }
            previous = finding;
            risks.add(risk(row, finding));
        }
        Optional<QueryRow> threshold = reader.select(Sparql.of(THRESHOLD).bindIri("graph", graph)
                .bindIri("product", Iris.element(modelId))).stream().findFirst();
        return new PublishedRisks(risks, threshold.map(row -> integer(row, "threshold", "the product")).orElse(null));
    }

    private static GateRisk risk(QueryRow row, String finding) {
        String name = "the risk of finding " + finding;
        return new GateRisk(finding, integer(row, "value", name), integer(row, "residual", name),
                bool(row, "exceeds", name), bool(row, "residualExceeds", name),
                row.get("treatment").map(term -> treatment(term, name)).orElse(null));
    }

    private static int integer(QueryRow row, String variable, String name) {
        Term term = row.get(variable).orElseThrow(() -> new IllegalArgumentException(name + " has no " + property(variable)));
        try {
            return Integer.parseInt(term.value());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": " + property(variable) + " '" + term.value() + "' is not a whole number", e);
        }
    }

    private static boolean bool(QueryRow row, String variable, String name) {
        Term term = row.get(variable).orElseThrow(() -> new IllegalArgumentException(name + " has no " + property(variable)));
        return switch (term.value()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException(name + ": " + property(variable) + " '" + term.value() + "' is not a boolean");
        };
    }

    private static GateRisk.Treatment treatment(Term term, String name) {
        String prefix = TW.NS + "Treatment";
        if (term.isIri() && term.value().startsWith(prefix)) {
            try {
                return GateRisk.Treatment.valueOf(term.value().substring(prefix.length()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException(name + ": tw:treatment " + term + " is not one of tw:TreatmentAvoid, tw:TreatmentReduce,"
                + " tw:TreatmentShare, tw:TreatmentRetain");
    }

    private static String property(String variable) {
        return switch (variable) {
            case "value" -> "tw:riskValue";
            case "residual" -> "tw:residualRiskValue";
            case "exceeds" -> "tw:exceedsThreshold";
            case "residualExceeds" -> "tw:residualExceedsThreshold";
            default -> "tw:acceptanceThreshold";
        };
    }

    /** Whether any risk is published. */
    public boolean isEmpty() {
        return risks.isEmpty();
    }

    /** The ids of the findings whose risk exceeds the acceptance threshold. */
    public Set<String> exceeding() {
        Set<String> ids = new TreeSet<>();
        risks.stream().filter(GateRisk::exceedsThreshold).forEach(risk -> ids.add(risk.findingId()));
        return ids;
    }

    /**
     * The ids of the findings whose risk exceeds the acceptance threshold and is not retained or shared: those that
     * need security requirements (the release gate asks for requirements on exactly these).
     */
    public Set<String> needingRequirements() {
        Set<String> ids = new TreeSet<>();
        risks.stream().filter(GateRisk::exceedsThreshold)
                .filter(risk -> risk.treatment() != GateRisk.Treatment.RETAIN && risk.treatment() != GateRisk.Treatment.SHARE)
                .forEach(risk -> ids.add(risk.findingId()));
        return ids;
    }
}
