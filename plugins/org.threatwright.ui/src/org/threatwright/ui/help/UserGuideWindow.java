package org.threatwright.ui.help;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/**
 * A non-modal window showing the user guide in an SWT {@link Browser} (WebKitGTK on Linux). Where no browser widget
 * can be made, the guide opens in the system's browser; if that fails too, the file is named.
 */
public final class UserGuideWindow {

	private static Shell open;

	private UserGuideWindow() {
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
			shell.dispose();
			if (!Program.launch(guide.toString())) {
				MessageDialog.openInformation(parent, "User Guide", "No browser is available here (" + e.getMessage()
						+ "). The user guide is the file " + guide);
			}
			return null;
		}
		shell.setSize(980, 760);
		shell.open();
		open = shell;
		return shell;
	}
}
