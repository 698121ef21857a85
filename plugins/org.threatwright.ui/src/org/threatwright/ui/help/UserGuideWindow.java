package org.threatwright.ui.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A non-modal window showing the user guide in an SWT {@link Browser} (WebKitGTK on Linux). Where no browser widget
 * can be made, the guide opens in the system's browser; where there is none either, the window shows it as text.
 */
public final class UserGuideWindow {

	private static Shell open;

	private UserGuideWindow() {
	}

	private static void showAsText(Shell shell, Path guide) {
		shell.setLayout(new GridLayout(1, false));
		Label note = new Label(shell, SWT.WRAP);
		note.setText("Shown as text: no browser is available here. The guide with its formatting is the file " + guide);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Text text = new Text(shell, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		try {
			text.setText(UserGuideText.of(Files.readString(guide, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			text.setText(guide + ": cannot be read: " + e.getMessage());
		}
	}

	/** Shows the guide; returns the window, or null when it went to the system's browser. */
	public static Shell open(Shell parent, Path guide) {
		if (open != null && !open.isDisposed()) {
			open.forceActive();
			return open;
		}
		Shell shell = new Shell(parent.getDisplay(), SWT.SHELL_TRIM);
		shell.setText("Threatwright User Guide");
		shell.setImages(parent.getImages());
		shell.setLayout(new FillLayout());
		try {
			Browser browser = new Browser(shell, SWT.NONE);
			browser.setUrl(guide.toUri().toString());
		} catch (SWTError e) {
			// no WebKitGTK (or no browser engine at all): the system's browser, else the guide as text
			for (Control child : shell.getChildren()) {
				child.dispose();
			}
			if (Program.launch(guide.toString())) {
				shell.dispose();
				return null;
			}
			showAsText(shell, guide);
		}
		shell.setSize(980, 760);
		shell.open();
		open = shell;
		return shell;
	}
}
