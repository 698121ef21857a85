package org.threatwright.interchange.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.interchange.api.SourceThreat;
import org.threatwright.interchange.api.Unmapped;

/**
 * Turns the threats an imported file records into triage decisions where they mean something for Threatwright's own
 * findings. The rule: a source threat marked mitigated or not applicable becomes a decision on the finding that
 * Threatwright derives <em>on the same element or flow</em> (the finding's first subject) <em>in the same STRIDE
 * category</em>, when there is exactly one such finding. Open threats, threats without a STRIDE category, and threats
 * with no or several candidate findings are reported instead: guessing which of several findings the authors meant
 * would record decisions nobody made. When several source threats match one finding, the first decides.
 *
 * <p>Cost: O(findings + threats).
 */
public final class ThreatMatcher {

	/** The decisions to record and the threats that did not become one. */
	public record Matches(List<TriageDecision> decisions, List<Unmapped> unmatched) {
	}

	private final List<Finding> findings;
	private final String file;
	private final String formatName;
	private final String by;
	private final Instant at;

	/**
	 * @param findings   the findings of the analysis of the imported model
	 * @param file       the imported file, for the report
	 * @param formatName the source format, for justifications
	 * @param by         who the decisions are recorded as made by
	 * @param at         when
	 */
	public ThreatMatcher(List<Finding> findings, String file, String formatName, String by, Instant at) {
		this.findings = List.copyOf(findings);
		this.file = Objects.requireNonNull(file, "file");
		this.formatName = Objects.requireNonNull(formatName, "formatName");
		this.by = Objects.requireNonNull(by, "by");
		this.at = Objects.requireNonNull(at, "at");
	}

	public Matches match(List<SourceThreat> threats) {
		Map<String, List<Finding>> candidates = new LinkedHashMap<>();
		for (Finding finding : findings) {
			if (!finding.subjects().isEmpty()) {
				candidates.computeIfAbsent(key(finding.subjects().get(0).id(), finding.stride().name()), k -> new ArrayList<>())
						.add(finding);
			}
		}
		Map<String, TriageDecision> decisions = new LinkedHashMap<>();
		List<Unmapped> unmatched = new ArrayList<>();
		for (SourceThreat threat : threats) {
			String what = "threat '" + threat.title() + "' (" + threat.status().name().toLowerCase().replace('_', ' ') + ")";
			if (threat.status() == SourceThreat.Status.OPEN) {
				unmatched.add(new Unmapped(file, threat.place(), what,
						"open threats are not recorded: Threatwright derives its own findings"));
				continue;
			}
			if (threat.stride() == null) {
				unmatched.add(new Unmapped(file, threat.place(), what, "no STRIDE category to match a finding by"));
				continue;
			}
			List<Finding> matching = candidates.getOrDefault(key(threat.elementId(), threat.stride().name()), List.of());
			if (matching.size() != 1) {
				unmatched.add(new Unmapped(file, threat.place(), what, matching.isEmpty()
						? "Threatwright derives no " + threat.stride().label() + " finding on that element"
						: matching.size() + " " + threat.stride().label() + " findings on that element; which one is meant is"
								+ " not clear, so none is decided"));
				continue;
			}
			Finding finding = matching.get(0);
			if (decisions.containsKey(finding.id())) {
				unmatched.add(new Unmapped(file, threat.place(), what, "finding " + finding.id()
						+ " is already decided by an earlier threat in the file"));
				continue;
			}
			TriageStatus status = threat.status() == SourceThreat.Status.MITIGATED ? TriageStatus.MITIGATED
					: TriageStatus.NOT_APPLICABLE;
			String justification = "imported from " + formatName + " threat '" + threat.title() + "' (" + threat.sourceId()
					+ ")" + (threat.mitigation() == null ? "" : ": " + threat.mitigation());
			decisions.put(finding.id(), new TriageDecision(finding.id(), status, justification, by, at));
		}
		return new Matches(List.copyOf(decisions.values()), unmatched);
	}

	private static String key(String elementId, String stride) {
		return elementId + " " + stride;
	}
}
