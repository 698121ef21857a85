package org.threatwright.risk.method;

/**
 * A risk method file that cannot be used, with where and why: {@code method.json: $.matrix.major: 3 values, expected
 * 4 (one per feasibility level: very low, low, medium, high)}.
 */
public final class RiskMethodException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final String path;
	private final String problem;

	public RiskMethodException(String source, String path, String problem) {
		super(source + ": " + path + ": " + problem);
		this.source = source;
		this.path = path;
		this.problem = problem;
	}

	/** The file (or other source) the method came from. */
	public String source() {
		return source;
	}

	/** The JSON path of the offending value, e.g. {@code $.matrix.severe[2]}; {@code $} for the whole document. */
	public String path() {
		return path;
	}

	public String problem() {
		return problem;
	}
}
