package org.threatwright.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.threatwright.model.SystemModel;

/**
 * The model the application has open and the file it came from. Views listen here instead of to each
 * other, so opening a model from the menu, the command line or a test updates every view the same way.
 * Listeners are called on the thread that opens the model (the UI thread in the application).
 */
public final class ModelSession {

	private static final ModelSession WORKBENCH_SESSION = new ModelSession();

	private final List<Consumer<ModelSession>> listeners = new CopyOnWriteArrayList<>();
	private SystemModel model;
	private Path file;

	/** The session the workbench views show (one model per application window for now). */
	public static ModelSession get() {
		return WORKBENCH_SESSION;
	}

	public SystemModel model() {
		return model;
	}

	/** The file the open model was loaded from, or {@code null} if none is open or it was built in memory. */
	public Path file() {
		return file;
	}

	/** Replaces the open model and tells every listener. */
	public void open(SystemModel newModel, Path fromFile) {
		this.model = newModel;
		this.file = fromFile;
		for (Consumer<ModelSession> listener : listeners) {
			listener.accept(this);
		}
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
}
