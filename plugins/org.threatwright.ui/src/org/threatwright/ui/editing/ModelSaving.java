package org.threatwright.ui.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.explorer.ModelLabels;
import org.threatwright.ui.session.LoadErrors;
import org.threatwright.ui.session.ModelSession;

/**
 * Save, Save As and Revert of the session's model, with the dialogs they need. A save writes atomically;
 * when it fails the dialog names the file and the problem and the model stays open and dirty, so nothing
 * is lost. A successful save analyses the model again, so that the threat register follows the file.
 */
public final class ModelSaving {

	public static final String SAVE_ERROR_TITLE = "Cannot save model";

	private ModelSaving() {
	}

	/** @return whether the model was saved */
	public static boolean save(Shell shell) {
		ModelDocument document = ModelSession.get().document();
		if (document == null) {
			return false;
		}
		if (document.file() == null) {
			return saveAs(shell);
		}
		if (!write(shell, document, document.file())) {
			return false;
		}
		AnalysisSession.get().analyse(false);
		return true;
	}

	/** Asks for a file and saves the model there. @return whether it was saved */
	public static boolean saveAs(Shell shell) {
		ModelDocument document = ModelSession.get().document();
		if (document == null) {
			return false;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save Model As");
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + ModelFiles.EXTENSION });
		if (document.file() != null) {
			dialog.setFilterPath(String.valueOf(document.file().toAbsolutePath().getParent()));
			dialog.setFileName(document.file().getFileName().toString());
		}
		String chosen = dialog.open();
		return chosen != null && saveAs(shell, withExtension(Path.of(chosen)));
	}

	/**
	 * Saves the model to {@code target}, which becomes its file; the session's listeners hear of the new
	 * file (and analyse the model for it). @return whether it was saved
	 */
	public static boolean saveAs(Shell shell, Path target) {
		ModelDocument document = ModelSession.get().document();
		if (document == null || !write(shell, document, target)) {
			return false;
		}
		ModelSession.get().fileChanged();
		return true;
	}

	/**
	 * Discards the unsaved changes by loading the file again (after asking, if {@code ask}).
	 *
	 * @return whether the model was reloaded
	 */
	public static boolean revert(Shell shell, boolean ask) {
		ModelDocument document = ModelSession.get().document();
		if (document == null || document.file() == null) {
			return false;
		}
		Path file = document.file();
		if (ask && !MessageDialog.openQuestion(shell, "Revert",
				"Discard the unsaved changes to " + file.getFileName() + " and load the file again?")) {
			return false;
		}
		try {
			SystemModel loaded = ModelFiles.load(file);
			ModelSession.get().open(loaded, file);
			return true;
		} catch (ModelFileException e) {
			MessageDialog.openError(shell, "Cannot revert", LoadErrors.message(e));
			return false;
		}
	}

	/**
	 * Before the open model is replaced or closed: asks whether to save unsaved changes.
	 *
	 * @return whether to go on (saved, or the person chose not to save); false on Cancel or a failed save
	 */
	public static boolean confirmDiscard(Shell shell, String whatNext) {
		ModelDocument document = ModelSession.get().document();
		if (document == null || !document.isDirty()) {
			return true;
		}
		String name = document.file() != null ? document.file().getFileName().toString()
				: ModelLabels.nameOf(document.model());
		MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
				name + " has unsaved changes. Save them before " + whatNext + "?", MessageDialog.QUESTION,
				new String[] { "&Save", "Do&n't Save", "Cancel" }, 0);
		return switch (dialog.open()) {
		case 0 -> save(shell);
		case 1 -> true;
		default -> false;
		};
	}

	private static boolean write(Shell shell, ModelDocument document, Path target) {
		IOException[] failure = new IOException[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				document.saveAs(target);
			} catch (IOException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			ILog.of(ModelSaving.class).log(Status.warning("Saving " + target + " failed", failure[0]));
			MessageDialog.openError(shell, SAVE_ERROR_TITLE, saveErrorMessage(target, failure[0]));
			return false;
		}
		return true;
	}

	/** The text of the save error dialog: the file, the problem, and that nothing was lost. */
	public static String saveErrorMessage(Path target, IOException failure) {
		String problem = failure.getMessage() == null ? failure.getClass().getSimpleName()
				: failure.getClass().getSimpleName() + ": " + failure.getMessage();
		String reason = Files.isDirectory(target) ? "it is a folder"
				: target.toAbsolutePath().getParent() != null && !Files.isWritable(target.toAbsolutePath().getParent())
						? "its folder is not writable"
						: problem;
		return target + ": cannot save: " + reason + "\n\nThe model stays open with its unsaved changes, and the file"
				+ " on disk is unchanged. Save it elsewhere with File > Save As...";
	}

	private static Path withExtension(Path chosen) {
		String name = chosen.getFileName().toString();
		return name.contains(".") ? chosen : chosen.resolveSibling(name + "." + ModelFiles.EXTENSION);
	}
}
