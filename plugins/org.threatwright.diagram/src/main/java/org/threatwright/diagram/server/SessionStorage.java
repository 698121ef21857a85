package org.threatwright.diagram.server;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.threatwright.diagram.DiagramSession;

import com.google.inject.Inject;

/**
 * The source model is the host's: loading is already done (the session holds the model), saving is the
 * host's save of model and notation, so Ctrl+S in the diagram and in the tree editor do the same thing.
 */
public class SessionStorage implements SourceModelStorage {

	@Inject
	protected DiagramSession session;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		// the host loaded the model into the session before the server started
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		try {
			if (!session.save()) {
				throw new IllegalStateException("this diagram's host does not save from the diagram");
			}
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException("save failed: " + e.getMessage(), e);
		}
	}
}
