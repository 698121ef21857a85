package org.threatwright.interchange.api;

import org.threatwright.analysis.api.Stride;

/**
 * A threat that the imported file records (with what its authors decided about it), attached to the model element
 * it was recorded on. Threatwright derives threats itself; a source threat only becomes a triage decision when it
 * matches a derived finding (see {@code org.threatwright.interchange.triage.ThreatMatcher}).
 *
 * @param sourceId   the threat's id in the file (or its position when it has none)
 * @param title      its title
 * @param elementId  the id of the model element (or flow) it is attached to
 * @param stride     its STRIDE category, or null when the file does not give one that maps
 * @param status     what the file says about it
 * @param mitigation the mitigation text the file gives, or null
 * @param place      where in the file it is
 */
public record SourceThreat(String sourceId, String title, String elementId, Stride stride, Status status,
		String mitigation, String place) {

	/** What the source tool's users decided about a threat. */
	public enum Status {
		OPEN, MITIGATED, NOT_APPLICABLE
	}

	/**
	 * The STRIDE category named by {@code text} in any of the spellings the tools use ("Information disclosure",
	 * "InformationDisclosure", "Elevation of Privileges", "denial-of-service"...), or null.
	 */
	public static Stride strideOf(String text) {
		if (text == null) {
			return null;
		}
		String key = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
		if (key.startsWith("spoof")) {
			return Stride.SPOOFING;
		}
		if (key.startsWith("tamper")) {
			return Stride.TAMPERING;
		}
		if (key.startsWith("repudiat")) {
			return Stride.REPUDIATION;
		}
		if (key.startsWith("informationdisclos")) {
			return Stride.INFORMATION_DISCLOSURE;
		}
		if (key.startsWith("denialofservice")) {
			return Stride.DENIAL_OF_SERVICE;
		}
		if (key.startsWith("elevationofprivilege")) {
			return Stride.ELEVATION_OF_PRIVILEGE;
		}
		return null;
	}
}
