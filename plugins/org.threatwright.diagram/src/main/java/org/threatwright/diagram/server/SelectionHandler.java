package org.threatwright.diagram.server;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SelectAction;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.DiagramTypes;

import com.google.inject.Inject;

/**
 * The client's selection, passed to the host (properties and register views). Handling SelectAction on the
 * server makes the GLSP client forward every selection change here.
 */
public class SelectionHandler extends AbstractActionHandler<SelectAction> {

	@Inject
	protected DiagramSession session;

	@Override
	protected List<Action> executeAction(SelectAction action) {
		if (action.getSelectedElementsIDs() != null) {
			session.selectionChanged(action.getSelectedElementsIDs().stream().map(DiagramTypes::ownerOfLabel).distinct().toList());
		}
		return none();
	}
}
