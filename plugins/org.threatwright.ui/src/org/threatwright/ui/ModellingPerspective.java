package org.threatwright.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.threatwright.ui.explorer.ModelExplorerView;
import org.threatwright.ui.properties.PropertiesView;

/** "Modelling": the Model Explorer on the left, the Properties of the selection on the right. */
public class ModellingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.threatwright.ui.perspectives.modelling";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		// no editors yet (the diagram editor will take the editor area); the ratio is the left part's share
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.5f, editorArea);
		layout.addView(PropertiesView.ID, IPageLayout.RIGHT, 0.45f, ModelExplorerView.ID);
		// there is no Window > Show View menu yet, so a closed view could not be brought back
		layout.getViewLayout(ModelExplorerView.ID).setCloseable(false);
		layout.getViewLayout(PropertiesView.ID).setCloseable(false);
	}
}
