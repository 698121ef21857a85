package org.threatwright.kb.history;

import java.io.PrintWriter;
import java.util.List;

/**
 * The text forms of a semantic diff and an impact report: grouped, one line per change, meanings indented. The
 * command line prints them; the desktop application shows them.
 */
public final class HistoryText {

	private HistoryText() {
	}

	public static void diff(HistoryDiff diff, PrintWriter out) {
		out.println("Changes from " + diff.from() + " to " + diff.to() + ": " + (diff.isEmpty() ? "none"
				: diff.changeCount() + " in " + diff.sections().size() + " section(s)"));
		for (DiffSection section : diff.sections()) {
			out.println();
			out.println(capitalise(section.name()) + " (" + section.changes().size() + ") — " + section.meaning());
			for (ResourceChange change : section.changes()) {
				out.println("  " + sign(change.change()) + " " + change.type() + " " + change.name()
						+ (change.name() != null && change.name().equals(change.id()) ? "" : " [" + change.id() + "]"));
				if (change.change().equals(ResourceChange.CHANGED)) {
					for (AttributeChange attribute : change.attributes()) {
						out.println("      " + attribute.attribute() + ": " + values(attribute.before()) + " → " + values(attribute.after()));
					}
				}
				for (String meaning : change.meaning()) {
					out.println("      ! " + meaning);
				}
			}
		}
	}

	public static void impact(ImpactReport report, PrintWriter out) {
		out.println("Impact of the changes since baseline " + report.against() + ":");
		section(out, "New findings at or above " + report.severityThreshold(), report.newFindings().stream()
				.map(f -> f.attribute("severity").map(a -> String.join(",", a.after())).orElse("?") + " " + f.id() + ": " + f.name())
				.toList());
		if (!report.risksRecorded()) {
			out.println("\nRisks: none recorded in the knowledge base; new findings above stand in for them.");
		} else {
			section(out, "New risks", report.newRisks().stream().map(r -> r.id() + " " + r.name() + " (value " + r.valueAfter() + ")").toList());
			section(out, "Worsened risks", report.worsenedRisks().stream().map(r -> r.id() + " " + r.name() + ": value "
					+ r.valueBefore() + " → " + r.valueAfter() + ", residual " + r.residualBefore() + " → " + r.residualAfter()).toList());
		}
		section(out, "Verifications invalidated (the elements they cover changed)", report.invalidatedVerifications().stream()
				.map(v -> v.evidence() + (v.name() == null ? "" : " " + v.name()) + " verifies " + v.verifies() + ": "
						+ String.join(", ", v.changedElements()) + " changed")
				.toList());
		section(out, "Design decisions to review", report.decisionsToReview().stream()
				.map(d -> d.decision() + " " + d.title() + " (" + d.status() + "): " + String.join(", ", d.changedSubjects()) + " changed")
				.toList());
		section(out, "Supplier or support period changed", report.supplyChainChanges().stream()
				.map(c -> c.type() + " " + c.name() + ": " + c.attributes().stream()
						.map(a -> a.attribute() + " " + values(a.before()) + " → " + values(a.after())).reduce((a, b) -> a + "; " + b).orElse(""))
				.toList());
		out.println();
		out.println(report.reasons().isEmpty() ? "Nothing to review." : "Review needed: " + report.reasons().stream()
				.map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
	}

	private static void section(PrintWriter out, String title, List<String> lines) {
		out.println();
		out.println(title + ": " + (lines.isEmpty() ? "none" : lines.size()));
		lines.forEach(line -> out.println("  " + line));
	}

	private static String values(List<String> values) {
		return values.isEmpty() ? "(none)" : String.join(", ", values);
	}

	private static String sign(String change) {
		return switch (change) {
			case ResourceChange.ADDED -> "+";
			case ResourceChange.REMOVED -> "-";
			default -> "~";
		};
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
