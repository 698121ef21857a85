package org.threatwright.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.threatwright.model.SystemModel;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.editing.ModelEditors;
import org.threatwright.ui.editing.ModelSaving;
import org.threatwright.ui.risk.RiskSession;
import org.threatwright.ui.session.ModelOpener;
import org.threatwright.ui.session.ModelSession;

/** The main window: its title follows the open model; a model named on the command line opens at start. */
class ThreatwrightWindowAdvisor extends WorkbenchWindowAdvisor {

	static final String TITLE = "Threatwright";

	private final String[] programArguments;
	private final Consumer<ModelSession> titleUpdater = this::updateTitleAndStatus;
	private Runnable detachEditors = () -> { };

	ThreatwrightWindowAdvisor(IWorkbenchWindowConfigurer configurer, String[] programArguments) {
		super(configurer);
		this.programArguments = programArguments;
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(TITLE);
	}

	@Override
	public void postWindowOpen() {
		ModelSession.get().addListener(titleUpdater);
		// before the command line's model opens, so that it is analysed too
		AnalysisSession.get().attach();
		// risks are assessed after every analysis, whether or not a risk view is showing
		RiskSession.get();
		// the model editor follows the session: opening a model opens its editor
		detachEditors = ModelEditors.attach(getWindowConfigurer().getWindow());
		updateTitleAndStatus(ModelSession.get());
		Shell shell = getWindowConfigurer().getWindow().getShell();
		StartupProbe.windowOpened(shell.getDisplay());
		Optional<Path> modelFile;
		try {
			modelFile = ProgramArguments.modelFile(programArguments);
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(shell, "Invalid command line", e.getMessage());
			return;
		}
		modelFile.ifPresent(file -> ModelOpener.open(shell, file));
	}

	@Override
	public void postWindowClose() {
		ModelSession.get().removeListener(titleUpdater);
		detachEditors.run();
	}

	/** Unsaved changes: the editor asks on its own when the workbench closes; this covers a model without one. */
	@Override
	public boolean preWindowShellClose() {
		return ModelEditors.find(getWindowConfigurer().getWindow()) != null
				|| ModelSaving.confirmDiscard(getWindowConfigurer().getWindow().getShell(), "closing");
	}

	private void updateTitleAndStatus(ModelSession session) {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		Path file = session.file();
		configurer.setTitle(file == null ? TITLE : TITLE + " \u2014 " + file.getFileName());
		SystemModel model = session.model();
		String status = model == null ? "" : model.getElements().size() + " elements, " + model.getFlows().size()
				+ " data flows, " + model.getBoundaries().size() + " top-level trust boundaries";
		// the e4 renderer creates the status line control after postWindowOpen, and a message set before
		// it exists is dropped: set it once the UI thread is idle
		Display display = configurer.getWindow().getShell().getDisplay();
		display.asyncExec(() -> {
			if (!configurer.getWindow().getShell().isDisposed()) {
				configurer.getActionBarConfigurer().getStatusLineManager().setMessage(status);
			}
		});
	}
}
