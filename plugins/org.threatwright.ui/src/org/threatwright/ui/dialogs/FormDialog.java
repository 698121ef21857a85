package org.threatwright.ui.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog whose area is a two-column form (label, input) under a wrapped introduction: the shape of
 * every dialog that writes a record to the knowledge base (triage, override, controls, evidence).
 */
public abstract class FormDialog extends Dialog {

	private final String title;

	protected FormDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** The dialog area laid out in two columns, starting with {@code intro} across both, wrapped at {@code width}. */
	protected Composite formArea(Composite parent, String intro, int width) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label about = new Label(area, SWT.WRAP);
		about.setText(intro);
		GridDataFactory.fillDefaults().span(2, 1).hint(width, SWT.DEFAULT).applyTo(about);
		return area;
	}
}
