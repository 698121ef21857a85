package org.threatwright.ui.session;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.editing.ModelSaving;

/**
 * Opens a model file into the {@link ModelSession}, or explains in a dialog why it could not. A file that
 * fails to load never replaces the model already open.
 */
public final class ModelOpener {

	public static final String ERROR_TITLE = "Cannot open model";

	private ModelOpener() {
	}

	/** @return whether the file was opened */
	public static boolean open(Shell shell, Path file) {
		SystemModel[] loaded = new SystemModel[1];
		Exception[] failure = new Exception[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				loaded[0] = ModelFiles.load(file);
			} catch (ModelFileException | RuntimeException e) {
				failure[0] = e;
			}
		});
		if (failure[0] instanceof ModelFileException e) {
			MessageDialog.openError(shell, ERROR_TITLE, LoadErrors.message(e));
			return false;
		}
		if (failure[0] != null) {
			// a bug rather than a bad file: still keep the open model, but leave a stack trace in the log
			ILog.of(ModelOpener.class).log(Status.error("Unexpected failure loading " + file, failure[0]));
			MessageDialog.openError(shell, ERROR_TITLE, file + ": unexpected failure: " + failure[0]);
			return false;
		}
		// asked only now: a file that cannot be opened never costs the open model its unsaved changes
		if (!ModelSaving.confirmDiscard(shell, "opening " + file.getFileName())) {
			return false;
		}
		ModelSession.get().open(loaded[0], file);
		ILog.of(ModelOpener.class).log(Status.info("Opened " + file));
		return true;
	}
}
