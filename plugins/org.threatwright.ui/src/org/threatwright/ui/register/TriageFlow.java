package org.threatwright.ui.register;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.ui.analysis.AnalysisSession;

/**
 * Triage of one finding from start to end: the dialog, the write to the knowledge base as a job, and when the
 * write fails, an error naming the problem followed by the dialog again with what was typed.
 */
public final class TriageFlow {

	public static final String ERROR_TITLE = "Triage not recorded";

	private TriageFlow() {
	}

	/** Opens the dialog on the finding's current decision. */
	public static void start(Shell shell, Finding finding, TriageDecision current) {
		open(shell, finding, current == null ? TriageStatus.OPEN : current.status(),
				current == null ? "" : current.justification());
	}

	private static void open(Shell shell, Finding finding, TriageStatus status, String justification) {
		TriageDialog dialog = new TriageDialog(shell, finding, status, justification);
		if (dialog.open() != Window.OK) {
			return;
		}
		AnalysisSession.get().triage(finding, dialog.status(), dialog.justification(), job -> {
			if (job.failure() == null || shell.isDisposed()) {
				return;
			}
			MessageDialog.openError(shell, ERROR_TITLE, "The decision about " + finding.id() + " was not recorded.\n\n"
					+ job.failure() + "\n\nWhat you typed is kept: the triage dialog opens again.");
			open(shell, finding, dialog.status(), dialog.justification());
		});
	}
}
