package org.threatwright.ui.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

/**
 * One open model with its editing domain: every change to the model is an EMF command on this document's
 * command stack, which gives undo/redo and the dirty state to every editor of the model (the tree editor,
 * the Properties view, later the diagram). Not thread-safe: used on the UI thread.
 */
public final class ModelDocument {

	private final SystemModel model;
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final ComposedAdapterFactory adapterFactory = ModelItemProviders.newAdapterFactory();
	private final AdapterFactoryEditingDomain domain;
	private final List<Runnable> stateListeners = new CopyOnWriteArrayList<>();
	private Path file;

	/**
	 * @param model the model; if it is not in a resource yet (built in memory), it is put into one
	 * @param file  where it is saved, or null if it has no file yet
	 */
	public ModelDocument(SystemModel model, Path file) {
		this.model = model;
		this.file = file;
		ResourceSet resourceSet;
		if (model.eResource() == null) {
			resourceSet = ModelFiles.newResourceSet();
			Resource resource = resourceSet.createResource(file == null ? URI.createURI("model." + ModelFiles.EXTENSION)
					: URI.createFileURI(file.toAbsolutePath().toString()));
			resource.getContents().add(model);
		} else if (model.eResource().getResourceSet() == null) {
			resourceSet = ModelFiles.newResourceSet();
			resourceSet.getResources().add(model.eResource());
		} else {
			resourceSet = model.eResource().getResourceSet();
		}
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
		domain.setResourceToReadOnlyMap(new HashMap<>());
		commandStack.addCommandStackListener(event -> fireStateChanged());
	}

	public SystemModel model() {
		return model;
	}

	/** Where the model is saved, or null if it has none yet (then only Save As can save it). */
	public Path file() {
		return file;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return domain;
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** Whether the model has changed since it was opened or last saved (undoing back to that point makes it clean). */
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	/**
	 * Runs {@code command} on the stack if it can run.
	 *
	 * @return whether it ran
	 */
	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		commandStack.execute(command);
		return true;
	}

	/**
	 * Writes the model to its file atomically; the document is clean afterwards. On failure nothing is
	 * marked saved and the previous file content is untouched.
	 */
	public void save() throws IOException {
		if (file == null) {
			throw new IOException("the model has no file yet: use Save As");
		}
		saveAs(file);
	}

	/** Writes the model to {@code target} atomically; from now on the document's file is {@code target}. */
	public void saveAs(Path target) throws IOException {
		ModelFiles.save(model, target);
		if (!target.equals(file)) {
			file = target;
			model.eResource().setURI(URI.createFileURI(target.toAbsolutePath().toString()));
		}
		commandStack.saveIsDone();
		fireStateChanged();
	}

	/** Called after each command (executed, undone, redone) and after each save; on the UI thread. */
	public void addStateListener(Runnable listener) {
		stateListeners.add(listener);
	}

	public void removeStateListener(Runnable listener) {
		stateListeners.remove(listener);
	}

	/** Releases the item providers; the document must not be used afterwards. */
	public void dispose() {
		stateListeners.clear();
		adapterFactory.dispose();
	}

	private void fireStateChanged() {
		for (Runnable listener : stateListeners) {
			listener.run();
		}
	}
}
