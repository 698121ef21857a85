package org.threatwright.ui.analysis;

import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.io.ModelFileException;

/**
 * One piece of work on the model's knowledge base as a background job: opened through {@link KnowledgeAccess},
 * closed afterwards, under {@link KnowledgeAccess#ONE_AT_A_TIME} so that knowledge-base jobs (and the analysis)
 * run one at a time. The result, or the problem in words naming the file or the knowledge base, reaches
 * {@code done} on the UI thread; a cancelled job delivers neither. Every view's store work goes through here.
 *
 * @param <T> what the work returns
 */
public final class KnowledgeJob<T> extends Job {

	/** The work: runs on the job's thread with the open knowledge base; checks the monitor between its steps. */
	@FunctionalInterface
	public interface Work<T> {
		T run(ProductKnowledge knowledge, SubMonitor monitor) throws Exception;
	}

	private final Path modelFile;
	private final Work<T> work;
	private final BiConsumer<T, String> done;

	private KnowledgeJob(String name, Path modelFile, Work<T> work, BiConsumer<T, String> done) {
		super(name);
		this.modelFile = modelFile;
		this.work = work;
		this.done = done;
		setRule(KnowledgeAccess.ONE_AT_A_TIME);
	}

	/**
	 * Schedules {@code work} on the knowledge base of {@code modelFile}.
	 *
	 * @param user whether a person started it (the job then shows a progress dialog with Cancel)
	 * @param done called on the UI thread with the result and null, or null and the problem in words
	 */
	public static <T> KnowledgeJob<T> schedule(String name, Path modelFile, boolean user, Work<T> work,
			BiConsumer<T, String> done) {
		KnowledgeJob<T> job = new KnowledgeJob<>(name, modelFile, work, done);
		job.setUser(user);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		T result = null;
		String problem = null;
		try (ProductKnowledge knowledge = KnowledgeAccess.open(modelFile)) {
			result = work.run(knowledge, progress);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (KnowledgeAccess.KnowledgeException e) {
			problem = e.getMessage();
		} catch (StoreException e) {
			problem = KnowledgeAccess.problemAt(modelFile, e);
		} catch (ModelFileException e) {
			problem = modelFile + ": " + e.getMessage();
		} catch (IllegalArgumentException | IllegalStateException e) {
			problem = e.getMessage(); // the core's refusals (a baseline that exists, a link to nothing) name the problem
		} catch (Exception e) {
			ILog.of(KnowledgeJob.class).log(Status.error(getName() + " failed", e));
			problem = e.getMessage() == null ? e.toString() : e.getMessage();
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		T delivered = result;
		String failure = problem;
		Display.getDefault().asyncExec(() -> done.accept(delivered, failure));
		return Status.OK_STATUS;
	}

	/** Throws when the person cancelled: called by work between its steps. */
	public static void checkCancelled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == KnowledgeJob.class;
	}
}
