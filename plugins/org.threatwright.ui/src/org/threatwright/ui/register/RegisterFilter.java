package org.threatwright.ui.register;

import java.util.Locale;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.triage.TriageStatus;

/**
 * Which findings the register shows. Null or blank parts let everything through.
 *
 * @param minimumSeverity the least severe severity shown
 * @param stride          the one STRIDE category shown
 * @param status          the one triage status shown
 * @param rule            text the rule id or title contains (case-insensitive)
 * @param element         text the name or id of one of the finding's elements contains (case-insensitive)
 */
public record RegisterFilter(Severity minimumSeverity, Stride stride, TriageStatus status, String rule,
		String element) {

	public static final RegisterFilter ALL = new RegisterFilter(null, null, null, null, null);

	public RegisterFilter {
		rule = normalised(rule);
		element = normalised(element);
	}

	public boolean accepts(Finding finding, TriageStatus findingStatus) {
		return (minimumSeverity == null || finding.severity().atLeast(minimumSeverity))
				&& (stride == null || finding.stride() == stride)
				&& (status == null || findingStatus == status)
				&& (rule == null || contains(finding.ruleId(), rule) || contains(finding.title(), rule))
				&& (element == null || finding.subjects().stream().anyMatch(this::elementMatches));
	}

	public boolean isEmpty() {
		return equals(ALL);
	}

	private boolean elementMatches(ElementRef subject) {
		return contains(subject.name(), element) || contains(subject.id(), element);
	}

	private static boolean contains(String text, String lowerCasePart) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCasePart);
	}

	private static String normalised(String text) {
		return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
	}
}
