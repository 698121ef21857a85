package org.threatwright.kb.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.threatwright.kb.store.BatchedWrites;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.kb.store.internal.JenaTerms;

/**
 * Bulk-load benchmark for docs/performance.md: generates N triples shaped like a knowledge base (elements with
 * labels, numbers and links) and loads them into fresh TDB2 folders, once with TDB2's bulk loader and twice through
 * the store's own write path in one write transaction (into a named graph as the knowledge base does, and into the
 * default graph for comparison), printing triples per second and the process CPU time. Not a test: it asserts only
 * that every triple arrived.
 */
public final class KnowledgeBench {

    /**
     * TDB2's bulk loaders. Only "basic" and "sequential" are fully transactional (TDB2's documentation); "sequential"
     * builds the secondary indexes from the primary one when the table starts empty; "phased" and "parallel" work on
     * the index files directly and want more cores than two.
     */
    public enum Loader { BASIC, SEQUENTIAL, PHASED, PARALLEL }

    /** One timed load. */
    public record Result(String what, long triples, long nanos, long cpuNanos) {
        public double triplesPerSecond() {
            return triples / (nanos / 1e9);
        }
    }

    private static final String GRAPH = "urn:threatwright:bench";
    private static final String NS = "urn:threatwright:bench:";
    private static final int PREDICATES = 8;
    private static final int BATCH = BatchedWrites.DEFAULT_BATCH;

    private final long triples;
    private final Loader loader;
    private final PrintWriter out;

    public KnowledgeBench(long triples, Loader loader, PrintWriter out) {
        if (triples < PREDICATES) {
            throw new IllegalArgumentException("at least " + PREDICATES + " triples");
        }
        this.triples = triples;
        this.loader = loader;
        this.out = out;
    }

    /** Runs both loads in fresh folders under {@code workFolder} (deleted afterwards) and prints the figures. */
    public List<Result> run(Path workFolder) {
        out.printf(Locale.ROOT, "%,d generated triples, TDB2 in %s, max heap %d MiB, %d processors%n", triples, workFolder,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        List<Result> results = new ArrayList<>();
        results.add(report(bulkLoad(workFolder.resolve("bulk"))));
        results.add(report(storeAdd(workFolder.resolve("add"), GRAPH)));
        results.add(report(storeAdd(workFolder.resolve("add-default"), null)));
        return results;
    }

    private Result bulkLoad(Path folder) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(folder));
        try {
            Node graph = NodeFactory.createURI(GRAPH);
            DataLoader bulk = switch (loader) {
                case BASIC -> LoaderFactory.basicLoader(dataset, graph, (format, args) -> { });
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dataset, graph, (format, args) -> { });
                case PHASED -> LoaderFactory.phasedLoader(dataset, graph, (format, args) -> { });
                case PARALLEL -> LoaderFactory.parallelLoader(dataset, graph, (format, args) -> { });
            };
            long cpu = cpuNanos();
            long start = System.nanoTime();
            bulk.startBulk();
            StreamRDF stream = bulk.stream();
            stream.start();
            for (long i = 0; i < triples; i++) {
                stream.triple(JenaTerms.toTriple(statement(i)));
            }
            stream.finish();
            bulk.finishBulk();
            long nanos = System.nanoTime() - start;
            long cpuUsed = cpuNanos() - cpu;
            long loaded = dataset.calculateRead(() -> (long) dataset.getGraph(graph).size());
            check(loaded);
            return new Result("TDB2 bulk loader (" + loader.name().toLowerCase(Locale.ROOT) + ")", loaded, nanos, cpuUsed);
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    /**
     * The store's own write path, as publishing uses it: {@link BatchedWrites} into one write transaction. Into a
     * named graph (what the knowledge base does: six quad indexes) or, for comparison, the default graph (three).
     */
    private Result storeAdd(Path folder, String graph) {
        try (KnowledgeStore store = KnowledgeStores.tdb2(folder)) {
            long cpu = cpuNanos();
            long start = System.nanoTime();
            store.writeAll(writer -> {
                BatchedWrites batches = new BatchedWrites(writer, graph, BATCH);
                for (long i = 0; i < triples; i++) {
                    batches.accept(statement(i));
                }
                batches.flush();
            });
            long nanos = System.nanoTime() - start;
            long cpuUsed = cpuNanos() - cpu;
            long loaded = store.read(reader -> reader.size(graph));
            check(loaded);
            return new Result(graph == null ? "KnowledgeStore.add, default graph" : "KnowledgeStore.add, named graph",
                    loaded, nanos, cpuUsed);
        }
    }

    /** CPU time of the whole process, all threads (the bulk loaders use several): shows how busy the machine was. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private void check(long loaded) {
        if (loaded != triples) {
            throw new IllegalStateException("loaded " + loaded + " triples, expected " + triples);
        }
    }

    private Result report(Result result) {
        out.printf(Locale.ROOT, "%-40s %,11d triples in %6.1f s = %,9.0f triples/s (process CPU %.1f s)%n", result.what(),
                result.triples(), result.nanos() / 1e9, result.triplesPerSecond(), result.cpuNanos() / 1e9);
        out.flush();
        return result;
    }

    /**
     * Triple number i: element i / 8, property i % 8. Each (element, property) pair occurs once, so all triples are
     * distinct; objects are labels, language-tagged names, integers and links to other elements.
     */
    static Statement statement(long i) {
        long element = i / PREDICATES;
        int property = (int) (i % PREDICATES);
        Term subject = Term.iri(NS + "element/" + element);
        String predicate = NS + "p" + property;
        Term object = switch (property) {
            case 0 -> Term.literal("Element " + element);
            case 1 -> Term.langString("Element " + element + " description", "en");
            case 2, 3 -> Term.typed(Long.toString(element * 31 + property), "http://www.w3.org/2001/XMLSchema#integer");
            default -> Term.iri(NS + "element/" + Math.floorMod(element * 7919 + property, Math.max(1, i / PREDICATES + 1)));
        };
        return new Statement(subject, Term.iri(predicate), object);
    }

    /** {@code KnowledgeBench [triples] [basic|phased|parallel]}: runs in a temporary folder. */
    public static void main(String[] args) throws IOException {
        long triples = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        Loader loader = args.length > 1 ? Loader.valueOf(args[1].toUpperCase(Locale.ROOT)) : Loader.PHASED;
        PrintWriter out = new PrintWriter(System.out, true);
        Path work = Files.createTempDirectory("threatwright-kb-bench");
        try {
            new KnowledgeBench(triples, loader, out).run(work);
        } finally {
            deleteRecursively(work);
        }
    }

    /** Deletes a benchmark folder and everything in it. */
    public static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
