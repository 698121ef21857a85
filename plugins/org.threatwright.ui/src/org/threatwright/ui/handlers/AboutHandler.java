package org.threatwright.ui.handlers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.ui.analysis.KnowledgeAccess;
import org.threatwright.ui.session.ModelSession;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > About Threatwright: versions, Java, the knowledge base in use; Copy puts it all on the clipboard. */
public class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new AboutDialog(HandlerUtil.getActiveShell(event), text()).open();
		return null;
	}

	/** The about text of the running application. */
	public static String text() {
		return AboutText.of(applicationVersion(), componentVersions(), KnowledgeAccess.describe(ModelSession.get().file()));
	}

	/** The version of this bundle, which is built and versioned together with the product. */
	static String applicationVersion() {
		Bundle bundle = FrameworkUtil.getBundle(AboutHandler.class);
		return bundle == null ? "(development)" : bundle.getVersion().toString();
	}

	/** The bundles that matter in a bug report, and the Jena, SWT and platform versions. */
	public static Map<String, String> componentVersions() {
		Map<String, String> versions = new LinkedHashMap<>();
		versions.put("Model", bundleVersion("org.threatwright.model"));
		versions.put("Analysis", bundleVersion("org.threatwright.analysis"));
		versions.put("Risk", bundleVersion("org.threatwright.risk"));
		versions.put("Knowledge base", bundleVersion("org.threatwright.kb"));
		versions.put("Apache Jena", KnowledgeStores.jenaVersion() + " (embedded in org.threatwright.jena "
				+ bundleVersion("org.threatwright.jena") + ")");
		versions.put("EMF", "ecore " + bundleVersion("org.eclipse.emf.ecore") + ", common " + bundleVersion("org.eclipse.emf.common"));
		versions.put("SWT", bundleVersion("org.eclipse.swt") + " (" + SWT.getPlatform() + ", " + SWT.getVersion() + ")");
		versions.put("Eclipse platform", "ui.workbench " + bundleVersion("org.eclipse.ui.workbench") + ", equinox "
				+ bundleVersion("org.eclipse.osgi"));
		return versions;
	}

	/** The version of the installed bundle {@code symbolicName}, or "not installed". */
	static String bundleVersion(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(AboutHandler.class);
		if (self == null || self.getBundleContext() == null) {
			return "unknown";
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle.getVersion().toString();
			}
		}
		return "not installed";
	}
}
