package org.threatwright.diagram;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.diagram.gmodel.FindingBadges;
import org.threatwright.diagram.layout.ElkDiagramLayout;
import org.threatwright.diagram.layout.MissingPlacement;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.model.SystemModel;

/**
 * One open system model as the diagram sees it: the host's editing domain (whose command stack the tree
 * editor, the properties view and the diagram share), the model, its notation, the findings shown as badges.
 * Every diagram edit is an EMF command executed here; a change made elsewhere on the same stack refreshes
 * every diagram open on the session. The host decides on which thread the model is touched
 * ({@link #setModelThread}: the SWT UI thread in the workbench) and how the model is saved ({@link #setSaver}).
 */
public final class DiagramSession implements AutoCloseable {

	/** A diagram shown on this session (a GLSP client connection). */
	public interface Listener {
		/** The model or the findings changed; {@code origin} is who executed the change (null: someone else). */
		void modelChanged(Object origin);

		/** The host asks to highlight these element ids (a selected finding's elements or path). */
		default void highlight(List<String> ids) {
		}
	}

	/** Saves the model and its notation; the host's save (so dirty state is shared with the tree editor). */
	@FunctionalInterface
	public interface Saver {
		void save(DiagramSession session) throws Exception;
	}

	private final EditingDomain domain;
	private final SystemModel model;
	private final DiagramNotation notation;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<List<String>>> selectionListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = event -> fireChanged();
	private volatile Executor modelThread = Runnable::run;
	private volatile Saver saver;
	private volatile FindingBadges badges = FindingBadges.none();
	private Object executing;

	public DiagramSession(EditingDomain domain, SystemModel model, DiagramNotation notation) {
		this.domain = Objects.requireNonNull(domain, "domain");
		this.model = Objects.requireNonNull(model, "model");
		this.notation = Objects.requireNonNull(notation, "notation");
		domain.getCommandStack().addCommandStackListener(stackListener);
	}

	public EditingDomain domain() {
		return domain;
	}

	public CommandStack commandStack() {
		return domain.getCommandStack();
	}

	public SystemModel model() {
		return model;
	}

	public DiagramNotation notation() {
		return notation;
	}

	public FindingBadges badges() {
		return badges;
	}

	/** Where the model may be read and changed, e.g. {@code display::syncExec}; default: the calling thread. */
	public void setModelThread(Executor executor) {
		this.modelThread = Objects.requireNonNull(executor);
	}

	public void setSaver(Saver saver) {
		this.saver = saver;
	}

	/** Runs {@code work} on the model thread and waits for its result. */
	public <T> T read(Callable<T> work) {
		FutureTask<T> task = new FutureTask<>(work);
		modelThread.execute(task);
		try {
			return task.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the model thread", e);
		} catch (java.util.concurrent.ExecutionException e) {
			throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
		}
	}

	/** Executes {@code command} on the shared command stack on behalf of {@code origin}. */
	public void execute(Command command, Object origin) {
		read(() -> {
			executing = origin;
			try {
				commandStack().execute(command);
			} finally {
				executing = null;
			}
			return null;
		});
	}

	public void undo(Object origin) {
		read(() -> {
			executing = origin;
			try {
				commandStack().undo();
			} finally {
				executing = null;
			}
			return null;
		});
	}

	public void redo(Object origin) {
		read(() -> {
			executing = origin;
			try {
				commandStack().redo();
			} finally {
				executing = null;
			}
			return null;
		});
	}

	/** Shows the open findings of {@code register} as badges (null clears them); diagrams refresh. */
	public void showFindings(ThreatRegister register) {
		badges = FindingBadges.of(register);
		fireChanged();
	}

	/** Highlights (selects) these elements in every open diagram. */
	public void highlight(List<String> elementIds) {
		List<String> ids = List.copyOf(elementIds);
		listeners.forEach(listener -> listener.highlight(ids));
	}

	/** Called with the element ids selected in a diagram (for the properties and register views). */
	public void onSelection(Consumer<List<String>> listener) {
		selectionListeners.add(listener);
	}

	public void selectionChanged(List<String> elementIds) {
		List<String> ids = List.copyOf(elementIds);
		selectionListeners.forEach(listener -> listener.accept(ids));
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/**
	 * Gives every element and boundary a place: a full ELK layout when the notation is empty (imported or
	 * generated models), otherwise new things below the existing content. Not a command: placing what was never
	 * drawn is not an edit of the user's and is not undone. Call on the model thread.
	 */
	public void ensurePlaced() {
		Map<String, Bounds> placed = notation.isEmpty()
				? new ElkDiagramLayout(model, notation).layout()
				: new MissingPlacement(model, notation).place();
		placed.forEach(notation::putBounds);
	}

	/** Saves through the host's saver; false if the host gave none. */
	public boolean save() throws Exception {
		Saver current = saver;
		if (current == null) {
			return false;
		}
		current.save(this);
		return true;
	}

	private void fireChanged() {
		Object origin = executing;
		listeners.forEach(listener -> listener.modelChanged(origin));
	}

	@Override
	public void close() {
		domain.getCommandStack().removeCommandStackListener(stackListener);
		listeners.clear();
		selectionListeners.clear();
	}
}
