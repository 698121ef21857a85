package org.threatwright.diagram.gmodel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.triage.TriageStatus;

/**
 * Open findings per model element and severity: what the badge on a node shows. A finding counts for every
 * element it names (a flow finding counts for the flow and its ends). Triaged findings (mitigated, accepted,
 * not applicable) do not count. O(findings × subjects).
 */
public final class FindingBadges {

	private static final FindingBadges NONE = new FindingBadges(Map.of());

	private final Map<String, Map<Severity, Integer>> counts;

	private FindingBadges(Map<String, Map<Severity, Integer>> counts) {
		this.counts = counts;
	}

	public static FindingBadges none() {
		return NONE;
	}

	public static FindingBadges of(ThreatRegister register) {
		if (register == null) {
			return NONE;
		}
		Map<String, Map<Severity, Integer>> counts = new HashMap<>();
		for (Finding finding : register.findings()) {
			if (register.statusOf(finding) != TriageStatus.OPEN) {
				continue;
			}
			for (ElementRef subject : finding.subjects()) {
				counts.computeIfAbsent(subject.id(), id -> new EnumMap<>(Severity.class)).merge(finding.severity(), 1,
						Integer::sum);
			}
		}
		return new FindingBadges(counts);
	}

	/** Open findings of {@code elementId} by severity, most severe first; empty if none. */
	public Map<Severity, Integer> of(String elementId) {
		return counts.getOrDefault(elementId, Collections.emptyMap());
	}
}
