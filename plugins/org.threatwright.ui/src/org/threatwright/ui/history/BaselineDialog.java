package org.threatwright.ui.history;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Creates a baseline of the saved model: its name (unique per model, e.g. v1) and a version label (default: the
 * model's release). Opens with what was typed before, so that a failure loses nothing.
 */
final class BaselineDialog extends TitleAreaDialog {

	/** What the user typed. */
	record BaselineInput(String name, String version) {
	}

	private final String modelName;
	private BaselineInput input;
	private Text name;
	private Text version;

	BaselineDialog(Shell parent, String modelName, BaselineInput input) {
		super(parent);
		this.modelName = modelName;
		this.input = input;
	}

	BaselineInput input() {
		return input;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Create Baseline");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Create a baseline of " + modelName);
		setMessage("An immutable snapshot of the saved model, its findings, triage, risks, requirements and decisions."
				+ " The model is analysed and published first.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(2, false));
		new Label(form, SWT.NONE).setText("&Name:");
		name = new Text(form, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.setText(input.name());
		name.addModifyListener(e -> updateButton());
		new Label(form, SWT.NONE).setText("&Version:");
		version = new Text(form, SWT.BORDER);
		version.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		version.setText(input.version());
		version.setMessage("the model's release");
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "C&reate", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButton();
	}

	private void updateButton() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!name.getText().isBlank());
		}
	}

	@Override
	public boolean close() {
		if (name != null && !name.isDisposed()) {
			input = new BaselineInput(name.getText().strip(), version.getText().strip());
		}
		return super.close();
	}
}
