package org.threatwright.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.threatwright.ui.analysis.AnalysisSession;

/** Analysis > Cancel Analysis: stops the analysis under way; the last finished one stays shown. */
public class CancelAnalysisHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		AnalysisSession.get().cancel();
		return null;
	}
}
