package org.threatwright.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.threatwright.ui.session.ModelSession;
import org.threatwright.ui.wizards.NewModelWizard;

/** File > New Model...: the New Model wizard, proposing the open model's folder (or the home folder). */
public class NewModelHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Path current = ModelSession.get().file();
		Path folder = current != null && current.toAbsolutePath().getParent() != null
				? current.toAbsolutePath().getParent()
				: Path.of(System.getProperty("user.home"));
		new WizardDialog(HandlerUtil.getActiveShell(event), new NewModelWizard(folder)).open();
		return null;
	}
}
