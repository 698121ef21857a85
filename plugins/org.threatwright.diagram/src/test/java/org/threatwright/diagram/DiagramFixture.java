package org.threatwright.diagram;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.diagram.server.StandaloneDiagramServer;
import org.threatwright.model.SmallModels;

/**
 * SmallModels drawn with known geometry, in a session on a fresh editing domain. Absolute rectangles:
 * home (20,20 500x300) holds sensor (50,80) and enclosure (270,70 200x150) which holds hub (290,110);
 * tenant (600,20 300x200) holds cloud (640,80); user (20,400) and agent (300,400) are on the diagram.
 */
public final class DiagramFixture {

	public final SmallModels m = new SmallModels();
	public final DiagramNotation notation = new DiagramNotation();
	public final DiagramSession session;

	public DiagramFixture() {
		notation.putBounds(m.home.getId(), new Bounds(20, 20, 500, 300));
		notation.putBounds(m.enclosure.getId(), new Bounds(250, 50, 200, 150));
		notation.putBounds(m.sensor.getId(), new Bounds(30, 60, 150, 60));
		notation.putBounds(m.hub.getId(), new Bounds(20, 40, 150, 60));
		notation.putBounds(m.tenant.getId(), new Bounds(600, 20, 300, 200));
		notation.putBounds(m.cloud.getId(), new Bounds(40, 60, 150, 60));
		notation.putBounds(m.user.getId(), new Bounds(20, 400, 150, 60));
		notation.putBounds(m.agent.getId(), new Bounds(300, 400, 150, 60));
		session = new DiagramSession(StandaloneDiagramServer.newDomain(), m.model, notation);
	}

	public CommandStack stack() {
		return session.commandStack();
	}

	/** Executes {@code command} on the shared stack and checks it ran. */
	public void run(Command command) {
		if (!command.canExecute()) {
			throw new AssertionError("command cannot execute: " + command.getLabel());
		}
		stack().execute(command);
		if (stack().getUndoCommand() != command) {
			throw new AssertionError("command did not reach the undo stack: " + command.getLabel());
		}
	}
}
