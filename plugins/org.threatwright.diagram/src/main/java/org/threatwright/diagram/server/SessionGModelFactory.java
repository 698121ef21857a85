package org.threatwright.diagram.server;

import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.SystemGModelBuilder;

import com.google.inject.Inject;

/** The graphical model is derived from the EMF model on every update (on the model thread). */
public class SessionGModelFactory implements GModelFactory {

	@Inject
	protected DiagramSession session;
	@Inject
	protected GModelState modelState;

	@Override
	public void createGModel() {
		modelState.updateRoot(session.read(() -> {
			session.ensurePlaced();
			return new SystemGModelBuilder(session.model(), session.notation(), session.badges()).build();
		}));
	}
}
