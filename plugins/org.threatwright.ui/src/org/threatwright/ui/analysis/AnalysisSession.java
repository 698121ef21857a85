package org.threatwright.ui.analysis;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.model.SystemModel;
import org.threatwright.ui.session.ModelSession;

/**
 * The analysis of the open model: runs it as a job whenever a model is opened and when asked to, keeps the last
 * result for the views, and records triage decisions. Listeners are called on the UI thread.
 */
public final class AnalysisSession {

	private static final AnalysisSession WORKBENCH_SESSION = new AnalysisSession(ModelSession.get());


	private final ModelSession models;
	private final List<Consumer<AnalysisSession>> listeners = new CopyOnWriteArrayList<>();
	private final Consumer<ModelSession> modelListener = session -> modelOpened();
	private final Consumer<ModelSession> editListener = session -> modelEdited();
	private RegisterState state;
	private AnalysisJob running;
	private String note = "";

	private AnalysisSession(ModelSession models) {
		this.models = models;
	}

	/** The analysis of the workbench's model session. */
	public static AnalysisSession get() {
		return WORKBENCH_SESSION;
	}

	/** From now on, opening a model analyses it. */
	public void attach() {
		models.removeListener(modelListener);
		models.addListener(modelListener);
		models.removeChangeListener(editListener);
		models.addChangeListener(editListener);
	}

	/**
	 * The rules read the live model on a worker thread, so an analysis that an edit overtakes may have read half of
	 * it: its result is dropped. Saving analyses again.
	 */
	private void modelEdited() {
		if (running != null) {
			running.cancel();
			running = null;
			note = "The model changed during the analysis: it is analysed again when saved, or with Analyse (Ctrl+Shift+A).";
			fire();
		}
	}

	/** The last finished analysis of the open model, or null. */
	public RegisterState state() {
		return state;
	}

	/** Whether an analysis is under way. */
	public boolean isRunning() {
		return running != null;
	}

	/** What the views say besides the findings: analysis under way, cancelled, failed; empty otherwise. */
	public String note() {
		return note;
	}

	private void modelOpened() {
		state = null;
		if (running != null) {
			running.cancel();
			running = null;
		}
		note = "";
		if (models.model() != null) {
			analyse(false);
		} else {
			fire();
		}
	}

	/**
	 * Analyses the open model again; an analysis under way is cancelled first.
	 *
	 * @param user whether a person asked for it (the job then shows a progress dialog with Cancel)
	 * @return the job, or null when no model is open
	 */
	public AnalysisJob analyse(boolean user) {
		SystemModel model = models.model();
		if (model == null) {
			return null;
		}
		if (running != null) {
			running.cancel();
		}
		AnalysisJob job = new AnalysisJob(this, model, models.file());
		job.setUser(user);
		job.setRule(KnowledgeAccess.ONE_AT_A_TIME); // TDB2 opens a folder once per process
		running = job;
		note = job.getName() + "\u2026";
		job.schedule();
		fire();
		return job;
	}

	/** Cancels the analysis under way, if any. */
	public void cancel() {
		if (running != null) {
			running.cancel();
		}
	}

	/**
	 * Called by the job, on its own thread, when it is done; {@code result} is null unless it finished, and
	 * {@code failure} says why it failed (null when it finished or was cancelled).
	 */
	void finished(AnalysisJob job, RegisterState result, String failure) {
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			if (job != running) {
				return; // superseded: another model or another analysis
			}
			running = null;
			if (result != null) {
				state = result;
				note = "";
			} else {
				note = failure != null ? "Analysis failed: " + failure
						: "Analysis cancelled: run it again with Analyse (Ctrl+Shift+A).";
			}
			fire();
		});
	}

	/**
	 * Records a decision about a finding of the current analysis in the knowledge base, as a job. On success the
	 * state shows it at once; {@code done} is called on the UI thread either way with the job, whose
	 * {@link TriageJob#failure()} says what went wrong.
	 *
	 * @throws IllegalArgumentException when the decision is incomplete (a justification is required unless open)
	 */
	public TriageJob triage(Finding finding, TriageStatus status, String justification, Consumer<TriageJob> done) {
		RegisterState analysed = state;
		if (analysed == null) {
			throw new IllegalStateException("nothing analysed");
		}
		TriageDecision decision = new TriageDecision(finding.id(), status,
				justification == null || justification.isBlank() ? null : justification.strip(),
				System.getProperty("user.name", "unknown"), Instant.now());
		TriageJob job = new TriageJob(analysed.file(), analysed.model().getId(), decision);
		job.setRule(KnowledgeAccess.ONE_AT_A_TIME); // TDB2 opens a folder once per process
		job.setUser(false);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Display.getDefault().asyncExec(() -> {
					if (job.failure() == null && state != null && state.model() == analysed.model()) {
						state = state.withDecision(decision);
						fire();
					}
					done.accept(job);
				});
			}
		});
		job.schedule();
		return job;
	}

	public void addListener(Consumer<AnalysisSession> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<AnalysisSession> listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Consumer<AnalysisSession> listener : listeners) {
			listener.accept(this);
		}
	}
}
