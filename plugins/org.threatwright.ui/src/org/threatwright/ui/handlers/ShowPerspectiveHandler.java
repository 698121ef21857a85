package org.threatwright.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Window > Modelling / Analysis: switches the window to the perspective named by the command's parameter. */
public class ShowPerspectiveHandler extends AbstractHandler {

	public static final String PERSPECTIVE_PARAMETER = "org.threatwright.ui.commands.showPerspective.id";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		String id = event.getParameter(PERSPECTIVE_PARAMETER);
		if (id == null) {
			throw new ExecutionException("no perspective named");
		}
		try {
			window.getWorkbench().showPerspective(id, window);
		} catch (WorkbenchException e) {
			throw new ExecutionException("cannot show perspective " + id, e);
		}
		return null;
	}
}
