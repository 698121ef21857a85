package org.threatwright.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.threatwright.ui.editing.ModelDocument;
import org.threatwright.ui.editing.ModelSaving;

/** File > Revert: drops the unsaved changes by loading the model's file again. */
public class RevertModelHandler extends SessionHandler {

	public RevertModelHandler() {
		super("org.eclipse.ui.file.revert");
	}

	@Override
	boolean isEnabled(ModelDocument document) {
		return document.isDirty() && document.file() != null;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelSaving.revert(shell(event), true);
		return null;
	}
}
