package org.threatwright.kb.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.threatwright.kb.audit.Audit;
import org.threatwright.kb.audit.AuditedKnowledgeStore;
import org.threatwright.kb.audit.GraphOwners;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.store.RdfSyntaxException;
import org.threatwright.model.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The whole history of one product as one zip file, for lifetime retention: every graph of the model in the store
 * (working graphs, baselines with their model texts, design decisions, the audit log), one N-Triples entry per graph,
 * plus the current model file, and {@code manifest.json} with the format version and each entry's SHA-256 and size.
 * Import checks everything before it writes, then writes in one transaction, so a corrupt or truncated archive
 * leaves the store as it was. The format is in docs/history.md.
 */
public final class HistoryArchive {

    /** The manifest's {@code format}. */
    public static final String FORMAT = "threatwright-history-archive";
    /** The manifest's {@code formatVersion}; an archive of a later version is refused. */
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    /** Entries above this size are refused on import (a zip bomb must not exhaust memory). */
    private static final long MAX_ENTRY = 2L * 1024 * 1024 * 1024 - 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The manifest: what the archive holds. */
    public record Manifest(String format, int formatVersion, String modelId, String exportedAt, String exportedBy,
            FileEntry modelFile, List<GraphEntry> graphs) {
    }

    /** The model file in the archive. */
    public record FileEntry(String name, String entry, long bytes, String sha256) {
    }

    /** One graph: its name, entry, statement count and the entry's SHA-256. */
    public record GraphEntry(String graph, String entry, long statements, String sha256) {
    }

    /** What an import restored. */
    public record Imported(Manifest manifest, byte[] modelFile) {
    }

    private HistoryArchive() {
    }

    /**
     * Writes the history of {@code modelId} to {@code target}, atomically.
     *
     * @param modelFileName the current model file's name, kept in the archive with {@code modelFile}, its bytes
     * @return the manifest written
     */
    public static Manifest export(KnowledgeStore store, String modelId, String modelFileName, byte[] modelFile,
            String exportedBy, Path target) throws IOException {
        Objects.requireNonNull(modelFile, "modelFile");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<GraphEntry> graphs = new ArrayList<>();
        store.read(reader -> {
            int n = 0;
            for (String graph : reader.graphNames()) {
                if (!GraphOwners.modelIdOf(graph).map(modelId::equals).orElse(false)) {
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                reader.export(graph, RdfFormat.N_TRIPLES, bytes);
                String entry = String.format("graphs/%04d.nt", ++n);
                entries.put(entry, bytes.toByteArray());
                graphs.add(new GraphEntry(graph, entry, reader.size(graph), Baselines.sha256(bytes.toByteArray())));
            }
            return null;
        });
        String modelEntry = "model/" + modelFileName.replaceAll("[^A-Za-z0-9._-]", "_");
        entries.put(modelEntry, modelFile);
        Manifest manifest = new Manifest(FORMAT, FORMAT_VERSION, modelId, Instant.now().toString(), exportedBy,
                new FileEntry(modelFileName, modelEntry, modelFile.length, Baselines.sha256(modelFile)), graphs);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry(MANIFEST));
            out.write(JSON.writeValueAsBytes(manifest));
            out.closeEntry();
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        AtomicFiles.write(target, zip.toByteArray());
        return manifest;
    }

    /**
     * Reads and checks an archive without importing it: the manifest, the format version, every entry's presence,
     * size and checksum, and that every graph belongs to the archive's model.
     *
     * @throws ArchiveException naming the archive, the entry and the problem
     */
    public static Imported read(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest manifest = manifest(archive, zip);
            Map<String, byte[]> graphs = new LinkedHashMap<>();
            for (GraphEntry graph : manifest.graphs()) {
                if (graph == null || graph.graph() == null || graph.entry() == null || graph.sha256() == null) {
                    throw new ArchiveException(archive + ": " + MANIFEST + ": a graph entry lacks its graph, entry or sha256");
                }
                if (!GraphOwners.modelIdOf(graph.graph()).map(manifest.modelId()::equals).orElse(false)) {
                    throw new ArchiveException(archive + ": " + MANIFEST + ": graph " + graph.graph()
                            + " does not belong to model " + manifest.modelId());
                }
                graphs.put(graph.entry(), entry(archive, zip, graph.entry(), graph.sha256()));
            }
            FileEntry file = manifest.modelFile();
            byte[] model = file == null ? null : entry(archive, zip, file.entry(), file.sha256());
            return new Imported(manifest, model);
        } catch (ZipException e) {
            throw new ArchiveException(archive + ": not a readable zip archive (truncated or corrupt): " + e.getMessage(), e);
        }
    }

    /**
     * Imports an archive into {@code store} in one write transaction, after {@link #read} checked it. Refuses when the
     * store already has graphs of the archive's model, unless {@code replace}: then they are removed first (in the same
     * transaction). The import is recorded in the audit log.
     *
     * @throws ArchiveException naming the archive, the entry and the problem; the store is then unchanged
     */
    public static Imported importInto(AuditedKnowledgeStore store, Path archive, boolean replace) throws IOException {
        Imported checked = read(archive);
        Manifest manifest = checked.manifest();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (GraphEntry graph : manifest.graphs()) {
                contents.put(graph.entry(), entry(archive, zip, graph.entry(), graph.sha256()));
            }
        }
        store.restore(writer -> {
            List<String> existing = writer.graphNames().stream()
                    .filter(g -> GraphOwners.modelIdOf(g).map(manifest.modelId()::equals).orElse(false)).toList();
            if (!existing.isEmpty() && !replace) {
                throw new ArchiveException(archive + ": the knowledge base " + store.describe() + " already holds "
                        + existing.size() + " graph(s) of model " + manifest.modelId() + "; import with replace to overwrite them");
            }
            existing.forEach(writer::clearGraph);
            Audit.note(writer, "archive imported from " + archive.getFileName() + " (exported " + manifest.exportedAt() + ")");
            for (GraphEntry graph : manifest.graphs()) {
                String source = archive.getFileName() + "!" + graph.entry();
                try {
                    writer.load(graph.graph(), RdfFormat.N_TRIPLES, new ByteArrayInputStream(contents.get(graph.entry())), source);
                } catch (RdfSyntaxException e) {
                    throw new ArchiveException(archive + ": entry " + graph.entry() + " is not valid N-Triples: " + e.getMessage(), e);
                }
                if (writer.size(graph.graph()) != graph.statements()) {
                    throw new ArchiveException(archive + ": entry " + graph.entry() + " holds " + writer.size(graph.graph())
                            + " statements, the manifest says " + graph.statements());
                }
            }
            return null;
        });
        return checked;
    }

    private static Manifest manifest(Path archive, ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new ArchiveException(archive + ": no " + MANIFEST + " (not a Threatwright history archive)");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new ArchiveException(archive + ": " + MANIFEST + " is not a valid manifest: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(manifest.format())) {
            throw new ArchiveException(archive + ": " + MANIFEST + ": format is '" + manifest.format() + "', not " + FORMAT);
        }
        if (manifest.formatVersion() < 1 || manifest.formatVersion() > FORMAT_VERSION) {
            throw new ArchiveException(archive + ": " + MANIFEST + ": format version " + manifest.formatVersion()
                    + " is not supported (this version reads " + FORMAT_VERSION + ")");
        }
        if (manifest.modelId() == null || manifest.graphs() == null) {
            throw new ArchiveException(archive + ": " + MANIFEST + ": no modelId or graphs");
        }
        Set<String> entries = new java.util.HashSet<>();
        for (GraphEntry graph : manifest.graphs()) {
            if (graph != null && graph.entry() != null && !entries.add(graph.entry())) {
                throw new ArchiveException(archive + ": " + MANIFEST + ": entry " + graph.entry() + " is listed twice");
            }
        }
        return manifest;
    }

    private static byte[] entry(Path archive, ZipFile zip, String name, String sha256) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ArchiveException(archive + ": entry " + name + " is missing");
        }
        if (entry.getSize() > MAX_ENTRY) {
            throw new ArchiveException(archive + ": entry " + name + " is too large (" + entry.getSize() + " bytes)");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readAllBytes();
        } catch (ZipException | java.io.EOFException e) {
            throw new ArchiveException(archive + ": entry " + name + " cannot be read (truncated or corrupt): " + e.getMessage(), e);
        }
        String actual = Baselines.sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new ArchiveException(archive + ": entry " + name + ": checksum mismatch (manifest " + sha256 + ", content "
                    + actual + "): the archive is corrupt");
        }
        return bytes;
    }
}
