package org.threatwright.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.threatwright.model.SystemModel;
import org.threatwright.ui.editing.ModelDocument;

/**
 * The model the application has open and the file it came from. Views listen here instead of to each
 * other, so opening a model from the menu, the command line or a test updates every view the same way.
 * Listeners are called on the thread that opens the model (the UI thread in the application).
 * <p>
 * The open model lives in a {@link ModelDocument}: its editing domain and command stack are shared by
 * every editor, so undo/redo and the dirty state are the same everywhere. Two kinds of listeners: those
 * added with {@link #addListener} hear that another model (or file) is open; those added with
 * {@link #addChangeListener} hear that the open model's content changed (a command ran, was undone or
 * redone) or that it was saved.
 */
public final class ModelSession {

	private static final ModelSession WORKBENCH_SESSION = new ModelSession();

	private final List<Consumer<ModelSession>> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<ModelSession>> changeListeners = new CopyOnWriteArrayList<>();
	private final Runnable documentListener = this::fireChanged;
	private ModelDocument document;

	/** The session the workbench views show (one model per application window for now). */
	public static ModelSession get() {
		return WORKBENCH_SESSION;
	}

	public SystemModel model() {
		return document == null ? null : document.model();
	}

	/** The file the open model was loaded from, or {@code null} if none is open or it was built in memory. */
	public Path file() {
		return document == null ? null : document.file();
	}

	/** The open model with its command stack, or null if none is open. */
	public ModelDocument document() {
		return document;
	}

	/** The editing domain of the open model (every edit is a command on its stack), or null. */
	public AdapterFactoryEditingDomain editingDomain() {
		return document == null ? null : document.editingDomain();
	}

	/** Replaces the open model (any unsaved changes of the previous one are dropped) and tells every listener. */
	public void open(SystemModel newModel, Path fromFile) {
		ModelDocument previous = document;
		document = newModel == null ? null : new ModelDocument(newModel, fromFile);
		if (document != null) {
			document.addStateListener(documentListener);
		}
		fireOpened();
		// after the listeners: the previous document's editor is closed by one of them and still shows it until then
		if (previous != null) {
			previous.dispose();
		}
	}

	/**
	 * Tells the listeners of {@link #addListener} that the open model now lives in another file (after Save
	 * As); the model and its command stack stay as they are.
	 */
	public void fileChanged() {
		fireOpened();
	}

	public void close() {
		open(null, null);
	}

	public void addListener(Consumer<ModelSession> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ModelSession> listener) {
		listeners.remove(listener);
	}

	/** Called after each command on the open model (executed, undone, redone) and after each save. */
	public void addChangeListener(Consumer<ModelSession> listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Consumer<ModelSession> listener) {
		changeListeners.remove(listener);
	}

	private void fireOpened() {
		for (Consumer<ModelSession> listener : listeners) {
			listener.accept(this);
		}
	}

	private void fireChanged() {
		for (Consumer<ModelSession> listener : changeListeners) {
			listener.accept(this);
		}
	}
}
