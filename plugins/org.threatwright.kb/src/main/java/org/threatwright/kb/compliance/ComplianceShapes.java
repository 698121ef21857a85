package org.threatwright.kb.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.kb.compliance.internal.ShaclChecks;

/**
 * The SHACL compliance checks: the built-in ones shipped in this bundle (copied from {@code models/compliance} into
 * the jar under {@code compliance/}) or any set of Turtle files written with the same vocabulary.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ComplianceShapes {

    /** The built-in shape files, in load order; resources under {@code compliance/} in this bundle. */
    public static final List<String> BUILT_IN_FILES = List.of("compliance-vocabulary.ttl", "iotsf-2.4.3-shapes.ttl",
            "zvei-shapes.ttl");

    private static volatile ComplianceShapes builtIn;

    private final ShaclChecks checks;

    private ComplianceShapes(ShaclChecks checks) {
        this.checks = checks;
    }

    /** The checks shipped with Threatwright, parsed once. */
    public static ComplianceShapes builtIn() {
        ComplianceShapes shapes = builtIn;
        if (shapes == null) {
            synchronized (ComplianceShapes.class) {
                shapes = builtIn;
                if (shapes == null) {
                    List<InputStream> streams = new ArrayList<>();
                    try {
                        Map<String, InputStream> sources = new LinkedHashMap<>();
                        for (String file : BUILT_IN_FILES) {
                            InputStream in = ComplianceShapes.class.getClassLoader().getResourceAsStream("compliance/" + file);
                            if (in == null) {
                                throw new IllegalStateException("the bundle lacks compliance/" + file
                                        + " (models/compliance is copied in by the build)");
                            }
                            streams.add(in);
                            sources.put(file, in);
                        }
                        builtIn = shapes = new ComplianceShapes(ShaclChecks.parse(sources));
                    } finally {
                        closeAll(streams);
                    }
                }
            }
        }
        return shapes;
    }

    /** Checks from Turtle files (the vocabulary file included, which declares the SPARQL prefixes). */
    public static ComplianceShapes load(List<Path> turtleFiles) throws IOException {
        List<InputStream> streams = new ArrayList<>();
        try {
            Map<String, InputStream> sources = new LinkedHashMap<>();
            for (Path file : turtleFiles) {
                InputStream in = Files.newInputStream(file);
                streams.add(in);
                sources.put(file.getFileName().toString(), in);
            }
            return new ComplianceShapes(ShaclChecks.parse(sources));
        } finally {
            closeAll(streams);
        }
    }

    /** The IRIs of the clauses some check gives evidence for. */
    public List<String> checkedClauses() {
        return checks.checks().stream().flatMap(check -> check.clauses().stream()).distinct().sorted().toList();
    }

    ShaclChecks checks() {
        return checks;
    }

    private static void closeAll(List<InputStream> streams) {
        for (InputStream in : streams) {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
