package org.threatwright.ui.editing;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.threatwright.ui.explorer.ModelLabels;

/** The input of the {@link ModelEditor}: the session's open document (the workspace is not used). */
public final class ModelEditorInput implements IEditorInput {

	private final ModelDocument document;

	public ModelEditorInput(ModelDocument document) {
		this.document = document;
	}

	public ModelDocument document() {
		return document;
	}

	@Override
	public boolean exists() {
		// not offered in a "recent files" list: the session opens models, not the workbench
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return document.file() != null ? document.file().getFileName().toString()
				: ModelLabels.nameOf(document.model());
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return document.file() != null ? document.file().toString() : getName() + " (not saved yet)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelEditorInput input && input.document == document;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(document);
	}
}
