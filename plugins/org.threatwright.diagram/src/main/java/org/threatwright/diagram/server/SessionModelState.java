package org.threatwright.diagram.server;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.threatwright.diagram.DiagramSession;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The GLSP model state of one diagram client, bound to the shared {@link DiagramSession}: commands, undo and
 * redo go to the session's command stack (the host's, shared with the tree editor), dirty state is that
 * stack's. Changes executed by anyone else on the stack refresh this client.
 */
@Singleton
public class SessionModelState extends DefaultGModelState implements DiagramSession.Listener {

	@Inject
	protected DiagramSession session;
	@Inject
	protected ActionDispatcher actionDispatcher;
	@Inject
	protected ClientSessionManager clientSessions;

	@Override
	@Inject
	public void init() {
		this.commandStack = session.commandStack();
		session.addListener(this);
		clientSessions.addListener(new ClientSessionListener() {
			@Override
			public void sessionDisposed(ClientSession clientSession) {
				session.removeListener(SessionModelState.this);
			}
		}, clientId);
	}

	@Override
	public void execute(Command command) {
		session.execute(command, this);
	}

	@Override
	public void undo() {
		session.undo(this);
	}

	@Override
	public void redo() {
		session.redo(this);
	}

	@Override
	public boolean isDirty() {
		return commandStack instanceof BasicCommandStack stack && stack.isSaveNeeded();
	}

	@Override
	public void modelChanged(Object origin) {
		if (origin != this) {
			actionDispatcher.dispatch(new RefreshDiagramAction());
		}
	}

	@Override
	public void highlight(List<String> ids) {
		actionDispatcher.dispatch(new SelectAction(ids, true));
	}
}
