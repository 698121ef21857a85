package org.threatwright.ui.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The about box: the product image, the about text (selectable), Copy (to the clipboard) and Close. */
public final class AboutDialog extends Dialog {

	static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
	private final String text;
	private Image image;

	public AboutDialog(Shell parent, String text) {
		super(parent);
		this.text = text;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About Threatwright");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).numColumns = 2;
		Label picture = new Label(area, SWT.NONE);
		picture.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false));
		var descriptor = AbstractUIPlugin.imageDescriptorFromPlugin("org.threatwright.ui", "icons/threatwright-128.png");
		if (descriptor != null) {
			image = descriptor.createImage(false);
			picture.setImage(image);
		}
		Text body = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL);
		body.setFont(JFaceResources.getTextFont());
		body.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		// every line in view: a read-only text otherwise asks only for what the dialog's default size leaves it
		data.heightHint = body.getLineHeight() * (text.split("\n", -1).length + 2);
		data.widthHint = Math.min(980, body.getLineHeight() * 48);
		body.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, "&Copy", false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			return;
		}
		super.buttonPressed(buttonId);
	}

	@Override
	public boolean close() {
		if (image != null) {
			image.dispose();
		}
		return super.close();
	}
}
