package org.threatwright.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.threatwright.ui.editing.ModelDocument;
import org.threatwright.ui.editing.ModelSaving;

/** File > Save (Ctrl+S): saves the open model, whichever view has the focus. */
public class SaveModelHandler extends SessionHandler {

	public SaveModelHandler() {
		super("org.eclipse.ui.file.save");
	}

	@Override
	boolean isEnabled(ModelDocument document) {
		return document.isDirty() || document.file() == null;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelSaving.save(shell(event));
		return null;
	}
}
