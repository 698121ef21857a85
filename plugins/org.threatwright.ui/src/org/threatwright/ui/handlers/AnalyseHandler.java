package org.threatwright.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.threatwright.ui.AnalysisPerspective;
import org.threatwright.ui.analysis.AnalysisSession;

/** Analysis > Analyse: runs the analysis of the open model again (as a job) and shows the Analysis perspective. */
public class AnalyseHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		if (AnalysisSession.get().analyse(true) == null) {
			MessageDialog.openInformation(window.getShell(), "Analyse", "Open a model first: File > Open Model... (Ctrl+O)");
			return null;
		}
		try {
			window.getWorkbench().showPerspective(AnalysisPerspective.ID, window);
		} catch (WorkbenchException e) {
			throw new ExecutionException("cannot show the Analysis perspective", e);
		}
		return null;
	}
}
