package org.threatwright.ui.register;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;

/**
 * The explanation pane under the register: what the selected finding is, why the rule fired here, what to do,
 * the decision made about it, and links to its CWE and CAPEC entries.
 */
final class FindingDetails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final Composite control;
	private final Label heading;
	private final StyledText text;
	private final Link links;
	private final Button triage;

	FindingDetails(Composite parent, Runnable onTriage) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 4).applyTo(control);
		heading = new Label(control, SWT.WRAP);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		triage = new Button(control, SWT.PUSH);
		triage.setText("Triage\u2026");
		triage.setToolTipText("Record a decision about this finding (Ctrl+Shift+T)");
		triage.addListener(SWT.Selection, event -> onTriage.run());
		GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(triage);
		text = new StyledText(control, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(2, 2, 2, 2);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(text);
		links = new Link(control, SWT.NONE);
		links.addListener(SWT.Selection, event -> Program.launch(event.text));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(links);
		show(null, null, TriageStatus.OPEN);
	}

	Composite control() {
		return control;
	}

	/** Shows {@code finding} (or a hint when null), with its current decision. */
	void show(Finding finding, TriageDecision decision, TriageStatus status) {
		if (finding == null) {
			heading.setText("No finding selected");
			setText(List.of(new Part("", "Select a finding in the register to see why it was found and what to do.")));
			links.setText("");
			triage.setEnabled(false);
			control.layout(true);
			return;
		}
		heading.setText(finding.title());
		List<Part> parts = new ArrayList<>();
		parts.add(new Part("Severity: ", finding.severity().label() + "    "));
		parts.add(new Part("STRIDE: ", StrideLabels.words(finding.stride()) + "    "));
		parts.add(new Part("Status: ", StatusLabels.words(status) + "\n"));
		parts.add(new Part("Rule: ", finding.ruleId() + "    "));
		parts.add(new Part("Finding: ", finding.id() + "\n"));
		parts.add(new Part("Elements: ", finding.subjects().stream()
				.map(s -> (s.name().isBlank() ? s.id() : s.name()) + " (" + s.kind() + ")")
				.collect(Collectors.joining(", ")) + "\n"));
		parts.add(new Part("\nWhy: ", finding.explanation() + "\n"));
		parts.add(new Part("\nMitigation: ", finding.rule().mitigation() + "\n"));
		if (decision != null) {
			parts.add(new Part("\nDecision: ", StatusLabels.words(decision.status()) + " by " + decision.by() + " on "
					+ WHEN.format(decision.at())
					+ (decision.justification() == null ? "" : ": " + decision.justification()) + "\n"));
		}
		setText(parts);
		List<MitreLinks.Link> mitre = MitreLinks.of(finding.rule());
		links.setText(mitre.isEmpty() ? "" : "Weaknesses and attack patterns: " + MitreLinks.markup(mitre));
		triage.setEnabled(true);
		control.layout(true);
	}

	/** The pane's text, for tests. */
	String text() {
		return heading.getText() + "\n" + text.getText() + "\n" + links.getText();
	}

	private void setText(List<Part> parts) {
		StringBuilder all = new StringBuilder();
		List<StyleRange> bold = new ArrayList<>();
		for (Part part : parts) {
			if (!part.label().isEmpty()) {
				int start = all.length() + (part.label().startsWith("\n") ? 1 : 0);
				bold.add(new StyleRange(start, part.label().strip().length(), null, null, SWT.BOLD));
			}
			all.append(part.label()).append(part.value());
		}
		text.setText(all.toString());
		text.setStyleRanges(bold.toArray(StyleRange[]::new));
	}

	private record Part(String label, String value) {
	}
}
