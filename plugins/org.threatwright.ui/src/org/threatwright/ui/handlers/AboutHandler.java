package org.threatwright.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About Threatwright. */
public class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "About Threatwright",
				AboutText.of(applicationVersion()));
		return null;
	}

	/** The version of this bundle, which is built and versioned together with the product. */
	static String applicationVersion() {
		Bundle bundle = FrameworkUtil.getBundle(AboutHandler.class);
		return bundle == null ? "(development)" : bundle.getVersion().toString();
	}
}
