package org.threatwright.ui.help;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > User Guide: the guide in a window of its own (SWT Browser), or in the system's browser without one. */
public class UserGuideHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Path guide;
		try {
			guide = UserGuide.file();
		} catch (IOException e) {
			MessageDialog.openError(shell, "User Guide", e.getMessage());
			return null;
		}
		UserGuideWindow.open(shell, guide);
		return null;
	}
}
