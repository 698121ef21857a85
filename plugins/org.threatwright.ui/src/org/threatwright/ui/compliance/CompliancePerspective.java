package org.threatwright.ui.compliance;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.threatwright.ui.requirements.RequirementsView;
import org.threatwright.ui.trace.TraceabilityView;

/**
 * "Compliance": the compliance dashboard takes the top of the window; the requirements (with controls and
 * verification) and the traceability matrices share the bottom.
 */
public class CompliancePerspective implements IPerspectiveFactory {

	public static final String ID = "org.threatwright.ui.perspectives.compliance";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		layout.addView(ComplianceView.ID, IPageLayout.TOP, 0.95f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.threatwright.ui.compliance.bottom", IPageLayout.BOTTOM, 0.5f,
				ComplianceView.ID);
		bottom.addView(RequirementsView.ID);
		bottom.addView(TraceabilityView.ID);
		for (String view : new String[] { ComplianceView.ID, RequirementsView.ID, TraceabilityView.ID }) {
			layout.getViewLayout(view).setCloseable(false);
		}
	}
}
