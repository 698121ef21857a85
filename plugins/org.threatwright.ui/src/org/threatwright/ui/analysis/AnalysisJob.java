package org.threatwright.ui.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.model.SystemModel;
import org.threatwright.model.validation.ModelProblem;
import org.threatwright.model.validation.ModelValidator;

/**
 * Validates the open model, derives its findings and attack paths, and reads the triage decisions from its
 * knowledge base, as {@code threatwright analyze} does. Cancelling returns at once: the step under way goes on
 * in its own thread and its result is dropped, because the rules themselves cannot be interrupted.
 */
public final class AnalysisJob extends Job {

	/** Attack paths kept per target, as {@code threatwright analyze} keeps by default. */
	static final int PATHS_PER_TARGET = 5;
	private static final Executor STEP_THREADS = task -> {
		Thread thread = new Thread(task, "Threatwright analysis step");
		thread.setDaemon(true);
		thread.start();
	};

	private final AnalysisSession session;
	private final SystemModel model;
	private final Path file;

	AnalysisJob(AnalysisSession session, SystemModel model, Path file) {
		super("Analysing " + (file == null ? String.valueOf(model.getName()) : file.getFileName().toString()));
		this.session = session;
		this.model = model;
		this.file = file;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		RegisterState state = null;
		String failure = null;
		try {
			long start = System.nanoTime();
			progress.subTask("Checking the model");
			List<ModelProblem> errors = step(() -> new ModelValidator(model).errors(), progress.split(10));
			LocalDate today = LocalDate.now();
			if (!errors.isEmpty()) {
				state = new RegisterState(model, file, ThreatRegister.of(model, today, new AnalysisResult(List.of(),
						List.of()), List.of(), List.of(), Map.of()), errors, List.of(), null, millisSince(start), 0,
						new RegisterState.ObjectIndex(model));
				return Status.OK_STATUS;
			}
			progress.subTask("Deriving threats");
			AnalysisResult result = step(() -> new ThreatAnalysis(model, BuiltInRules.all(), today).run(),
					progress.split(50));
			long analysisMillis = millisSince(start);
			progress.subTask("Finding attack paths");
			long pathsStart = System.nanoTime();
			List<TargetPaths> paths = step(() -> TargetPaths.of(model, PATHS_PER_TARGET), progress.split(20));
			long pathsMillis = millisSince(pathsStart);
			progress.subTask("Reading triage decisions");
			Map<String, TriageDecision> decisions = Map.of();
			String knowledgeProblem = null;
			try {
				decisions = step(() -> {
					try {
						return KnowledgeAccess.decisions(file, model.getId());
					} catch (KnowledgeAccess.KnowledgeException e) {
						throw new KnowledgeFailure(e);
					}
				}, progress.split(10));
			} catch (KnowledgeFailure e) {
				knowledgeProblem = e.getCause().getMessage();
			}
			RegisterState.ObjectIndex objects = step(() -> new RegisterState.ObjectIndex(model), progress.split(10));
			state = new RegisterState(model, file,
					ThreatRegister.of(model, today, result, paths, List.of(), decisions), List.of(), paths,
					knowledgeProblem, analysisMillis, pathsMillis, objects);
			return Status.OK_STATUS;
		} catch (Cancelled e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			failure = e.getMessage() == null ? e.toString() : e.getMessage();
			return Status.error(getName() + ": " + e, e);
		} finally {
			session.finished(this, state, failure);
		}
	}

	/** Runs one step in its own thread, so that cancelling need not wait for it. */
	private static <T> T step(Supplier<T> work, IProgressMonitor monitor) {
		CompletableFuture<T> future = CompletableFuture.supplyAsync(work, STEP_THREADS);
		while (true) {
			if (monitor.isCanceled()) {
				throw new Cancelled();
			}
			try {
				return future.get(50, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// poll the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new Cancelled();
			} catch (ExecutionException e) {
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(e.getCause());
			}
		}
	}

	private static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == AnalysisSession.class;
	}

	private static final class Cancelled extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	private static final class KnowledgeFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		KnowledgeFailure(KnowledgeAccess.KnowledgeException cause) {
			super(cause);
		}
	}
}
