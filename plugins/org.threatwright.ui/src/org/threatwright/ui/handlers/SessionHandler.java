package org.threatwright.ui.handlers;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.threatwright.ui.editing.ModelDocument;
import org.threatwright.ui.session.ModelSession;

/**
 * A handler whose enablement (and menu label) follows the session's model: it is told of every model
 * opened and every command run, undone, redone or saved.
 */
abstract class SessionHandler extends AbstractHandler {

	private final Consumer<ModelSession> listener = session -> changed();
	private final String commandId;

	SessionHandler(String commandId) {
		this.commandId = commandId;
		ModelSession.get().addListener(listener);
		ModelSession.get().addChangeListener(listener);
	}

	@Override
	public boolean isEnabled() {
		ModelDocument document = ModelSession.get().document();
		return document != null && isEnabled(document);
	}

	abstract boolean isEnabled(ModelDocument document);

	/**
	 * The shell for dialogs: the active one, or the workbench window's when the active one is gone (the
	 * evaluation context can still name a dialog that has just closed).
	 */
	static Shell shell(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (shell != null && !shell.isDisposed()) {
			return shell;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		return window != null ? window.getShell() : PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
	}

	private void changed() {
		fireHandlerChanged(new HandlerEvent(this, true, false));
		if (PlatformUI.isWorkbenchRunning()) {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			if (commands != null) {
				commands.refreshElements(commandId, null);
			}
		}
	}

	@Override
	public void dispose() {
		ModelSession.get().removeListener(listener);
		ModelSession.get().removeChangeListener(listener);
		super.dispose();
	}
}
