package org.threatwright.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageFile;
import org.threatwright.kb.audit.Audit;
import org.threatwright.kb.ontology.TriageRdf;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.StoreWriter;

/**
 * The triage decisions of one model, kept in their own named graph ({@link KnowledgeGraphs#triage}) and keyed by the
 * stable finding id, so they survive re-analysis. Every change is one write transaction that rewrites the graph; a
 * model has hundreds of decisions, not millions, and rewriting keeps exactly one decision per finding.
 *
 * <p>On a remote store two people recording at the same moment may overwrite each other's decision: the read and
 * the write are separate requests (see docs/knowledge-base.md, remote stores).
 */
public final class TriageStore {

    /** What a sidecar file becomes once imported. */
    public static final String IMPORTED_SUFFIX = ".imported";

    private final KnowledgeStore store;
    private final String graph;

    TriageStore(KnowledgeStore store, String graph) {
        this.store = store;
        this.graph = graph;
    }

    /** The graph the decisions are kept in. */
    public String graph() {
        return graph;
    }

    /**
     * The decisions by finding id, sorted.
     *
     * @throws IllegalArgumentException when the graph holds a malformed decision (naming it)
     */
    public Map<String, TriageDecision> decisions() {
        return store.read(reader -> TriageRdf.fromStatements(reader.statements(graph)));
    }

    /** Records a decision, replacing an earlier one about the same finding. */
    public void record(TriageDecision decision) {
        store.writeAll(writer -> {
            Audit.note(writer, "triage set " + decision.findingId() + " " + decision.status().label());
            Map<String, TriageDecision> all = read(writer);
            all.put(decision.findingId(), decision);
            writer.replaceGraph(graph, TriageRdf.toStatements(all.values()));
        });
    }

    /**
     * Merges decisions in one transaction: for a finding decided both here and in {@code decisions}, the later
     * decision (by its time) wins, so merging the same decisions twice changes nothing.
     *
     * @return how many decisions were added or replaced
     */
    public int merge(Collection<TriageDecision> decisions) {
        return store.write(writer -> {
            Map<String, TriageDecision> all = read(writer);
            int changed = 0;
            for (TriageDecision decision : decisions) {
                TriageDecision known = all.get(decision.findingId());
                if (known == null || decision.at().isAfter(known.at())) {
                    all.put(decision.findingId(), decision);
                    changed++;
                }
            }
            if (changed > 0) {
                Audit.note(writer, "triage merged " + changed + " decision(s)");
                writer.replaceGraph(graph, TriageRdf.toStatements(all.values()));
            }
            return changed;
        });
    }

    /**
     * Imports the legacy sidecar of {@code modelFile} ({@code FILE.triage.json}) when there is one, then renames it
     * to {@code FILE.triage.json.imported} so that it is imported once and nobody's decisions are lost. The rename
     * happens after the commit; if it fails, importing again is harmless ({@link #merge}).
     *
     * @return the renamed file and how many decisions it changed, or empty when there was no sidecar
     * @throws IOException when the sidecar cannot be read (nothing is imported then) or renamed
     */
    public Optional<SidecarImport> importSidecar(Path modelFile) throws IOException {
        Path sidecar = TriageFile.of(modelFile);
        if (!Files.exists(sidecar)) {
            return Optional.empty();
        }
        Map<String, TriageDecision> decisions = TriageFile.load(sidecar);
        int changed = merge(decisions.values());
        Path imported = sidecar.resolveSibling(sidecar.getFileName() + IMPORTED_SUFFIX);
        Files.move(sidecar, imported, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(new SidecarImport(imported, decisions.size(), changed));
    }

    /** The outcome of {@link #importSidecar}: where the sidecar went, how many decisions it held and changed. */
    public record SidecarImport(Path renamedTo, int decisions, int changed) {
    }

    private Map<String, TriageDecision> read(StoreWriter writer) {
        return new TreeMap<>(TriageRdf.fromStatements(writer.statements(graph)));
    }
}
