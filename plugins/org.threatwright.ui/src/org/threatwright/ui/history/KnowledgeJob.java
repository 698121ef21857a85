package org.threatwright.ui.history;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.history.ModelHistory;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.analysis.KnowledgeAccess;

/**
 * One piece of history work on the saved model file and its knowledge base, as a background job: the model is
 * loaded from the file, the knowledge base opened through {@link KnowledgeAccess#open} and closed afterwards, one
 * knowledge-base job at a time. The result or the failure (naming the file or the knowledge base) reaches the UI
 * thread; a failure is shown by the caller together with what the user typed, never as a second dialog.
 *
 * @param <T> the result
 */
public final class KnowledgeJob<T> extends Job {

	/** The work, given the model as saved and its history in the open knowledge base. */
	@FunctionalInterface
	interface Work<T> {
		T run(ModelHistory history, SystemModel model, ProductKnowledge knowledge, IProgressMonitor monitor) throws Exception;
	}

	private final Path modelFile;
	private final Work<T> work;
	private final Display display;
	private final Consumer<T> onResult;
	private final Consumer<String> onFailure;

	KnowledgeJob(String name, Path modelFile, Work<T> work, Display display, Consumer<T> onResult, Consumer<String> onFailure) {
		super(name);
		this.modelFile = modelFile;
		this.work = work;
		this.display = display;
		this.onResult = onResult;
		this.onFailure = onFailure;
		setRule(KnowledgeAccess.ONE_AT_A_TIME);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		T result;
		try {
			SystemModel model = ModelFiles.load(modelFile);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try (ProductKnowledge knowledge = KnowledgeAccess.open(modelFile)) {
				result = work.run(new ModelHistory(knowledge, modelFile, model), model, knowledge, monitor);
			}
		} catch (ModelFileException e) {
			deliverFailure(modelFile + ": " + e.getMessage());
			return Status.OK_STATUS;
		} catch (KnowledgeAccess.KnowledgeException e) {
			deliverFailure(e.getMessage());
			return Status.OK_STATUS;
		} catch (StoreException e) {
			deliverFailure(KnowledgeAccess.problemAt(modelFile, e));
			return Status.OK_STATUS;
		} catch (IllegalArgumentException | IllegalStateException e) {
			// the core's refusals (a baseline that exists, a link to nothing) name the problem
			deliverFailure(e.getMessage());
			return Status.OK_STATUS;
		} catch (Exception e) {
			ILog.of(KnowledgeJob.class).log(Status.error(getName() + " failed", e));
			deliverFailure("unexpected failure: " + e);
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		display.asyncExec(() -> onResult.accept(result));
		return Status.OK_STATUS;
	}

	private void deliverFailure(String message) {
		display.asyncExec(() -> onFailure.accept(message));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == KnowledgeJob.class;
	}
}
