package org.threatwright.ui.handlers;

import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;
import org.threatwright.ui.editing.ModelDocument;
import org.threatwright.ui.session.ModelSession;

/** Edit > Undo (Ctrl+Z): undoes the last command on the open model's stack; the menu names it. */
public class UndoHandler extends SessionHandler implements IElementUpdater {

	public static final String COMMAND_ID = "org.eclipse.ui.edit.undo";

	public UndoHandler() {
		super(COMMAND_ID);
	}

	@Override
	boolean isEnabled(ModelDocument document) {
		return document.commandStack().canUndo();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelDocument document = ModelSession.get().document();
		if (document != null && document.commandStack().canUndo()) {
			document.commandStack().undo();
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		ModelDocument document = ModelSession.get().document();
		Command next = document == null ? null : document.commandStack().getUndoCommand();
		element.setText(label("&Undo", next));
	}

	static String label(String verb, Command command) {
		return command == null || command.getLabel() == null ? verb : verb + " " + command.getLabel();
	}
}
