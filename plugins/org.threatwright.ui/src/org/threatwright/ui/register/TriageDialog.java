package org.threatwright.ui.register;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.ui.dialogs.FormDialog;

/**
 * Asks for a triage decision about one finding: its status and, for every status but open, a justification.
 * What was typed is available after the dialog closes, so that a failed write can offer it again.
 */
public final class TriageDialog extends FormDialog {

	public static final String TITLE = "Triage finding";
	public static final String RECORD = "Record";

	private final Finding finding;
	private TriageStatus status;
	private String justification;
	private Combo statusCombo;
	private Text justificationText;
	private Label hint;

	/** Starts from {@code initialStatus} and {@code initialJustification} (the current decision, or what was typed). */
	public TriageDialog(Shell parent, Finding finding, TriageStatus initialStatus, String initialJustification) {
		super(parent, TITLE);
		this.finding = finding;
		this.status = initialStatus == null ? TriageStatus.OPEN : initialStatus;
		this.justification = initialJustification == null ? "" : initialJustification;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = formArea(parent, finding.title() + "\n" + finding.id(), 520);
		new Label(area, SWT.NONE).setText("Status:");
		statusCombo = new Combo(area, SWT.READ_ONLY);
		for (TriageStatus each : TriageStatus.values()) {
			statusCombo.add(StatusLabels.words(each));
		}
		statusCombo.select(status.ordinal());
		statusCombo.addListener(SWT.Selection, event -> validate());
		Label justificationLabel = new Label(area, SWT.NONE);
		justificationLabel.setText("Justification:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(justificationLabel);
		justificationText = new Text(area, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
		justificationText.setText(justification);
		justificationText.addListener(SWT.Modify, event -> validate());
		GridDataFactory.fillDefaults().grab(true, true).hint(420, justificationText.getLineHeight() * 6)
				.applyTo(justificationText);
		hint = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(hint);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, RECORD, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		TriageStatus chosen = TriageStatus.values()[Math.max(0, statusCombo.getSelectionIndex())];
		boolean needsJustification = chosen != TriageStatus.OPEN && justificationText.getText().isBlank();
		hint.setText(needsJustification ? "A " + StatusLabels.words(chosen) + " decision needs a justification: "
				+ whatToSay(chosen) : "");
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!needsJustification);
		}
	}

	private static String whatToSay(TriageStatus status) {
		return switch (status) {
			case MITIGATED -> "name the control that is in place.";
			case NOT_APPLICABLE -> "say why the threat cannot happen in this product.";
			case ACCEPTED -> "say who accepted the risk and why.";
			case OPEN -> "";
		};
	}

	@Override
	protected void okPressed() {
		keepInput();
		super.okPressed();
	}

	@Override
	protected void cancelPressed() {
		keepInput();
		super.cancelPressed();
	}

	private void keepInput() {
		status = TriageStatus.values()[Math.max(0, statusCombo.getSelectionIndex())];
		justification = justificationText.getText();
	}

	/** The status chosen (after the dialog closed). */
	public TriageStatus status() {
		return status;
	}

	/** The justification typed (after the dialog closed). */
	public String justification() {
		return justification;
	}

	public Finding finding() {
		return finding;
	}
}
