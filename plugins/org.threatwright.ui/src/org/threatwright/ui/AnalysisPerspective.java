package org.threatwright.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.threatwright.ui.explorer.ModelExplorerView;
import org.threatwright.ui.paths.AttackPathsView;
import org.threatwright.ui.properties.PropertiesView;
import org.threatwright.ui.register.ThreatRegisterView;

/**
 * "Analysis": the threat register takes most of the window, the attack paths beneath it; the Model Explorer
 * and the Properties of the selected element on the left, so that a finding's element is seen at once.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

	public static final String ID = "org.threatwright.ui.perspectives.analysis";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		// ratios are the share the first (left or top) part keeps
		layout.addView(ThreatRegisterView.ID, IPageLayout.LEFT, 0.95f, editorArea);
		layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.24f, ThreatRegisterView.ID);
		layout.addView(PropertiesView.ID, IPageLayout.BOTTOM, 0.55f, ModelExplorerView.ID);
		IFolderLayout bottom = layout.createFolder("org.threatwright.ui.analysis.bottom", IPageLayout.BOTTOM, 0.74f,
				ThreatRegisterView.ID);
		bottom.addView(AttackPathsView.ID);
		for (String view : new String[] { ThreatRegisterView.ID, ModelExplorerView.ID, PropertiesView.ID,
				AttackPathsView.ID }) {
			// there is no Window > Show View menu, so a closed view could not be brought back
			layout.getViewLayout(view).setCloseable(false);
		}
	}
}
