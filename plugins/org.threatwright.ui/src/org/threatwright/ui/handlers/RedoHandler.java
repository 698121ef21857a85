package org.threatwright.ui.handlers;

import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;
import org.threatwright.ui.editing.ModelDocument;
import org.threatwright.ui.session.ModelSession;

/** Edit > Redo (Ctrl+Y): runs the last undone command again; the menu names it. */
public class RedoHandler extends SessionHandler implements IElementUpdater {

	public static final String COMMAND_ID = "org.eclipse.ui.edit.redo";

	public RedoHandler() {
		super(COMMAND_ID);
	}

	@Override
	boolean isEnabled(ModelDocument document) {
		return document.commandStack().canRedo();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelDocument document = ModelSession.get().document();
		if (document != null && document.commandStack().canRedo()) {
			document.commandStack().redo();
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		ModelDocument document = ModelSession.get().document();
		element.setText(UndoHandler.label("&Redo", document == null ? null : document.commandStack().getRedoCommand()));
	}
}
