package org.threatwright.diagram.server;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

/** Rebuilds the graphical model from the EMF model and sends it to the client (on the dispatcher thread). */
public class RefreshDiagramHandler extends AbstractActionHandler<RefreshDiagramAction> {

	@Inject
	protected ModelSubmissionHandler submission;
	@Inject
	protected GModelState modelState;

	@Override
	protected List<Action> executeAction(RefreshDiagramAction action) {
		if (modelState.getRoot() == null) {
			return none();
		}
		return submission.submitModel();
	}
}
