package org.threatwright.ui;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens one window in the Modelling perspective. */
class ThreatwrightWorkbenchAdvisor extends WorkbenchAdvisor {

	private final String[] programArguments;

	ThreatwrightWorkbenchAdvisor(String[] programArguments) {
		this.programArguments = programArguments == null ? new String[0] : programArguments.clone();
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// the layout is defined by the perspective; restoring an old one would hide views added since
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ModellingPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ThreatwrightWindowAdvisor(configurer, programArguments);
	}
}
