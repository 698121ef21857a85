package org.threatwright.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.threatwright.ui.editing.ModelDocument;
import org.threatwright.ui.editing.ModelSaving;

/** File > Save As... (Ctrl+Shift+S): saves the open model to another file, which it then lives in. */
public class SaveModelAsHandler extends SessionHandler {

	public SaveModelAsHandler() {
		super("org.eclipse.ui.file.saveAs");
	}

	@Override
	boolean isEnabled(ModelDocument document) {
		return true;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelSaving.saveAs(shell(event));
		return null;
	}
}
