package org.threatwright.diagram.operations;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;
import org.threatwright.diagram.gmodel.DiagramTypes;

import com.google.gson.JsonArray;

/** Copy: the clipboard gets the ids of the selected elements (paste copies them from the model). */
public class ClipboardHandler extends AbstractActionHandler<RequestClipboardDataAction> {

	@Override
	protected List<Action> executeAction(RequestClipboardDataAction action) {
		JsonArray ids = new JsonArray();
		action.getEditorContext().getSelectedElementIds().stream().map(DiagramTypes::ownerOfLabel).distinct().forEach(ids::add);
		return listOf(new SetClipboardDataAction(java.util.Map.of(PasteHandler.MIME, ids.toString())));
	}
}
