package org.threatwright.ui.editing;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.threatwright.ui.session.ModelSession;

/**
 * Keeps one {@link ModelEditor} open on the session's model in a window: opening a model (menu, command
 * line, wizard, test) opens its editor and closes the previous one; closing the model closes it.
 */
public final class ModelEditors {

	private final IWorkbenchWindow window;
	private final Consumer<ModelSession> listener = this::sessionChanged;

	private ModelEditors(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Starts following the session in {@code window}; returns what to call when the window closes. */
	public static Runnable attach(IWorkbenchWindow window) {
		ModelEditors editors = new ModelEditors(window);
		ModelSession.get().addListener(editors.listener);
		editors.sessionChanged(ModelSession.get());
		return () -> ModelSession.get().removeListener(editors.listener);
	}

	/** The editor of the session's model in the active page of {@code window}, or null. */
	public static ModelEditor find(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return null;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			if (ModelEditor.ID.equals(reference.getId()) && reference.getEditor(true) instanceof ModelEditor editor
					&& editor.document() == ModelSession.get().document()) {
				return editor;
			}
		}
		return null;
	}

	private void sessionChanged(ModelSession session) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		ModelDocument document = session.document();
		boolean shown = false;
		for (IEditorReference reference : page.getEditorReferences()) {
			if (!ModelEditor.ID.equals(reference.getId())) {
				continue;
			}
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof ModelEditor modelEditor && modelEditor.document() == document) {
				shown = true;
			} else {
				// the session has already replaced this model: its changes were saved or discarded before
				page.closeEditors(new IEditorReference[] { reference }, false);
			}
		}
		if (document != null && !shown) {
			try {
				page.openEditor(new ModelEditorInput(document), ModelEditor.ID, true);
			} catch (PartInitException e) {
				ILog.of(ModelEditors.class).error("Cannot open the model editor", e);
			}
		}
	}
}
