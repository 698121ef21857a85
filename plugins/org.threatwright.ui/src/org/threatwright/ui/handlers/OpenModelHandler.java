package org.threatwright.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.session.ModelOpener;
import org.threatwright.ui.session.ModelSession;

/** File > Open Model...: asks for a {@code *.tw} file and opens it. */
public class OpenModelHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Open Model");
		dialog.setFilterExtensions(new String[] { "*." + ModelFiles.EXTENSION, "*" });
		dialog.setFilterNames(new String[] { "Threatwright models (*." + ModelFiles.EXTENSION + ")", "All files" });
		Path current = ModelSession.get().file();
		if (current != null && current.getParent() != null) {
			// people usually open the next model from where the last one was
			dialog.setFilterPath(current.getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			ModelOpener.open(shell, Path.of(chosen));
		}
		return null;
	}
}
