package org.threatwright.ui.editing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.threatwright.model.SystemModel;
import org.threatwright.model.validation.ModelProblem;
import org.threatwright.model.validation.ModelValidator;
import org.threatwright.ui.session.ModelSession;

/**
 * The validation problems of the session's model, checked again a moment after each edit (several quick
 * edits cause one check). Validation runs on the UI thread: it reads the model the editors change, and it
 * takes milliseconds even for thousands of elements (see docs/performance.md).
 */
public final class ModelProblems {

	/** How long after the last edit the model is checked. */
	static final int DELAY_MILLIS = 300;

	private static ModelProblems instance;

	private final List<Consumer<ModelProblems>> listeners = new CopyOnWriteArrayList<>();
	private final Runnable check = this::validateNow;
	private List<ModelProblem> problems = List.of();
	private boolean pending;

	private ModelProblems() {
		Consumer<ModelSession> opened = session -> {
			// a model just opened is checked once the window has shown it: opening should not wait for it
			problems = List.of();
			pending = session.model() != null;
			fire();
			validateSoon();
		};
		Consumer<ModelSession> later = session -> validateSoon();
		ModelSession.get().addListener(opened);
		ModelSession.get().addChangeListener(later);
	}

	/** The workbench's problems, following {@link ModelSession#get()} from the first call on. */
	public static synchronized ModelProblems get() {
		if (instance == null) {
			instance = new ModelProblems();
			instance.validateNow();
		}
		return instance;
	}

	/** The problems found by the last check (empty when no model is open). */
	public List<ModelProblem> problems() {
		return problems;
	}

	/** Checks the open model now (tests and views that cannot wait for the delay). */
	public void validateNow() {
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, check);
		}
		SystemModel model = ModelSession.get().model();
		problems = model == null ? List.of() : new ModelValidator(model).problems();
		pending = false;
		fire();
	}

	/** Whether the open model has not been checked yet. */
	public boolean isPending() {
		return pending;
	}

	private void fire() {
		for (Consumer<ModelProblems> listener : listeners) {
			listener.accept(this);
		}
	}

	private void validateSoon() {
		Display display = Display.getCurrent();
		if (display == null) {
			validateNow();
		} else {
			display.timerExec(DELAY_MILLIS, check);
		}
	}

	/** The model object a problem is about, or null (problem about the whole model, or object gone). */
	public static EObject objectOf(ModelProblem problem) {
		SystemModel model = ModelSession.get().model();
		if (model == null) {
			return null;
		}
		if (problem.elementId() == null) {
			return model;
		}
		Resource resource = model.eResource();
		return resource == null ? null : resource.getEObject(problem.elementId());
	}

	/** The problems about {@code object}. */
	public List<ModelProblem> about(EObject object) {
		if (!(object instanceof org.threatwright.model.ModelElement element) || element.getId() == null) {
			return List.of();
		}
		return problems.stream().filter(problem -> element.getId().equals(problem.elementId())).toList();
	}

	/** Called after each check, on the UI thread. */
	public void addListener(Consumer<ModelProblems> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ModelProblems> listener) {
		listeners.remove(listener);
	}
}
