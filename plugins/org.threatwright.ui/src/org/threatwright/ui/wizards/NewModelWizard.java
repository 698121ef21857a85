package org.threatwright.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.ui.session.ModelOpener;

/** File > New Model...: writes a blank model or a copy of an example, then opens it. */
public class NewModelWizard extends Wizard {

	public static final String TITLE = "New Model";

	private final NewModelPage page;

	public NewModelWizard(Path initialFolder) {
		setWindowTitle(TITLE);
		page = new NewModelPage(initialFolder);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		NewModelRequest request = page.request();
		try {
			request.write();
		} catch (IOException | ModelFileException e) {
			MessageDialog.openError(getShell(), TITLE, request.file() + ": cannot create the model: " + e.getMessage());
			return false;
		}
		// the file exists now; if it cannot be opened, the opener's dialog says why and the wizard is done anyway
		ModelOpener.open(getShell(), request.file());
		return true;
	}

	/** The page, for tests. */
	public NewModelPage page() {
		return page;
	}
}
