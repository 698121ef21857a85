package org.threatwright.diagram.server;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: the model changed outside this client (tree editor, properties, analysis); send an update. */
public class RefreshDiagramAction extends Action {

	public static final String KIND = "twRefreshDiagram";

	public RefreshDiagramAction() {
		super(KIND);
	}
}
