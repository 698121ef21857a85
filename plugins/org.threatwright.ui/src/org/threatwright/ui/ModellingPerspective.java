package org.threatwright.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.threatwright.ui.editing.ProblemsView;
import org.threatwright.ui.explorer.ModelExplorerView;
import org.threatwright.ui.properties.PropertiesView;

/**
 * "Modelling": the Model Explorer on the left, the model editor in the middle, the Properties of the selection
 * on the right and the model's validation Problems below the editor.
 */
public class ModellingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.threatwright.ui.perspectives.modelling";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		// the ratios are the share of the part that is split off first (left, right, then top)
		layout.setEditorAreaVisible(true);
		String editorArea = layout.getEditorArea();
		layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.25f, editorArea);
		layout.addView(PropertiesView.ID, IPageLayout.RIGHT, 0.55f, editorArea);
		layout.addView(ProblemsView.ID, IPageLayout.BOTTOM, 0.7f, editorArea);
		// there is no Window > Show View menu yet, so a closed view could not be brought back
		layout.getViewLayout(ModelExplorerView.ID).setCloseable(false);
		layout.getViewLayout(PropertiesView.ID).setCloseable(false);
		layout.getViewLayout(ProblemsView.ID).setCloseable(false);
	}
}
