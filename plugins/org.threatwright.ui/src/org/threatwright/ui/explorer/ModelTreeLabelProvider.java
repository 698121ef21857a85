package org.threatwright.ui.explorer;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Labels from {@link ModelLabels}; icons from the workbench's shared images (folders for groups), which
 * the workbench owns and disposes, until Threatwright has icons of its own.
 */
public class ModelTreeLabelProvider extends LabelProvider {

	@Override
	public String getText(Object node) {
		return ModelLabels.text(node);
	}

	@Override
	public Image getImage(Object node) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (node instanceof TreeGroup) {
			return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		if (node instanceof BoundaryMember) {
			return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
		}
		return images.getImage(ISharedImages.IMG_OBJ_FILE);
	}
}
