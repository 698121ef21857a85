package org.threatwright.ui.analysis;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.threatwright.analysis.triage.TriageDecision;

/**
 * Records one triage decision in the model's knowledge base (one write transaction). A failure is kept in
 * {@link #failure()} rather than returned as an error status: the caller shows it together with what was typed,
 * and the job framework must not pop up a second, less helpful dialog.
 */
public final class TriageJob extends Job {

	private final Path file;
	private final String modelId;
	private final TriageDecision decision;
	private volatile String failure;

	TriageJob(Path file, String modelId, TriageDecision decision) {
		super("Recording triage of " + decision.findingId());
		this.file = file;
		this.modelId = modelId;
		this.decision = decision;
	}

	/** Why the decision could not be recorded (naming the knowledge base), or null when it was. */
	public String failure() {
		return failure;
	}

	public TriageDecision decision() {
		return decision;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			KnowledgeAccess.record(file, modelId, decision);
		} catch (KnowledgeAccess.KnowledgeException e) {
			failure = e.getMessage();
		} catch (RuntimeException e) {
			ILog.of(TriageJob.class).log(Status.error("Recording " + decision.findingId() + " failed", e));
			failure = "unexpected failure: " + e;
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == AnalysisSession.class;
	}
}
