package org.threatwright.kb.catalogue;

/**
 * A catalogue file that cannot be used: malformed JSON (placed by line and column), or well-formed input with
 * the wrong shape (placed by its JSON path, e.g. {@code $.catalog.groups[0].controls}). Nothing of the file has
 * been loaded when this is thrown.
 */
public class CatalogueFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String path;
    private final String problem;

    private CatalogueFormatException(String source, long line, long column, String path, String problem,
            Throwable cause) {
        super(format(source, line, column, path, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    /** Malformed input at a line and column (1-based; 0 when unknown). */
    public static CatalogueFormatException at(String source, long line, long column, String problem,
            Throwable cause) {
        return new CatalogueFormatException(source, line, column, null, problem, cause);
    }

    /** Well-formed input with a problem at a JSON path. */
    public static CatalogueFormatException atPath(String source, String path, String problem) {
        return new CatalogueFormatException(source, 0, 0, path, problem, null);
    }

    private static String format(String source, long line, long column, String path, String problem) {
        StringBuilder where = new StringBuilder(source);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        if (path != null) {
            where.append(": ").append(path);
        }
        return where + ": " + problem;
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    /** The JSON path of the problem, or null for a syntax error. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
