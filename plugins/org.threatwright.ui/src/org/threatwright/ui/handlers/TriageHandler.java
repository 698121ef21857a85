package org.threatwright.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.threatwright.ui.register.ThreatRegisterView;

/** Analysis > Triage Finding...: records a decision about the finding selected in the threat register. */
public class TriageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ThreatRegisterView register = (ThreatRegisterView) window.getActivePage().findView(ThreatRegisterView.ID);
		if (register == null || register.selectedFinding() == null) {
			MessageDialog.openInformation(window.getShell(), "Triage Finding",
					"Select a finding in the Threat Register first (Window > Analysis).");
			return null;
		}
		register.triageSelected();
		return null;
	}
}
