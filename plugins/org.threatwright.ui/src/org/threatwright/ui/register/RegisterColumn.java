package org.threatwright.ui.register;

import java.util.Comparator;
import java.util.function.Function;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageStatus;

/** The columns of the threat register table: title, width, text and sort order of each. */
public enum RegisterColumn {
	SEVERITY("Severity", 75), STRIDE("STRIDE", 185), STATUS("Status", 105), TITLE("Threat", 360),
	ELEMENT("Element", 200), RULE("Rule", 260), ID("Id", 300);

	private final String title;
	private final int width;

	RegisterColumn(String title, int width) {
		this.title = title;
		this.width = width;
	}

	public String title() {
		return title;
	}

	public int width() {
		return width;
	}

	/** The cell text of {@code finding}, whose triage status is {@code status}. */
	public String text(Finding finding, TriageStatus status) {
		return switch (this) {
			case SEVERITY -> finding.severity().label();
			case STRIDE -> StrideLabels.words(finding.stride());
			case STATUS -> StatusLabels.words(status);
			case TITLE -> finding.title();
			case ELEMENT -> elementName(finding);
			case RULE -> finding.ruleId();
			case ID -> finding.id();
		};
	}

	/**
	 * Ascending order by this column: severity from the most severe, STRIDE and status in their declared order,
	 * text case-insensitively. Ties keep the analysis order (the sort is stable).
	 */
	Comparator<Finding> comparator(Function<Finding, TriageStatus> status) {
		return switch (this) {
			case SEVERITY -> Comparator.comparing(Finding::severity);
			case STRIDE -> Comparator.comparing(Finding::stride);
			case STATUS -> Comparator.comparing(status);
			case TITLE -> Comparator.comparing(Finding::title, String.CASE_INSENSITIVE_ORDER);
			case ELEMENT -> Comparator.comparing(RegisterColumn::elementName, String.CASE_INSENSITIVE_ORDER);
			case RULE -> Comparator.comparing(Finding::ruleId);
			case ID -> Comparator.comparing(Finding::id);
		};
	}

	/** The primary subject's name, or its id when it has none. */
	public static String elementName(Finding finding) {
		ElementRef primary = finding.subjects().get(0);
		return primary.name().isBlank() ? primary.id() : primary.name();
	}
}
