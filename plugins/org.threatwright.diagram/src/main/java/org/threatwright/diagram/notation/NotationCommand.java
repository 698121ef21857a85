package org.threatwright.diagram.notation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * An undoable change of a {@link DiagramNotation}: new bounds and routes for some ids. It runs on the model's
 * command stack like any EMF command, so a move is undone by the same Ctrl+Z as a rename, and it makes the
 * editor dirty. Build one, add changes, execute it (or chain it into a compound command).
 */
public final class NotationCommand extends AbstractCommand {

	private final DiagramNotation notation;
	private final Map<String, Bounds> newBounds = new LinkedHashMap<>();
	private final Map<String, List<Point>> newRoutes = new LinkedHashMap<>();
	private final Map<String, Bounds> oldBounds = new LinkedHashMap<>();
	private final Map<String, List<Point>> oldRoutes = new LinkedHashMap<>();

	public NotationCommand(DiagramNotation notation, String label) {
		super(label);
		this.notation = notation;
	}

	/** Sets bounds of {@code id} ({@code null} removes them). */
	public NotationCommand bounds(String id, Bounds bounds) {
		newBounds.put(id, bounds);
		return this;
	}

	/** Sets routing points of {@code id} (empty: straight). */
	public NotationCommand route(String id, List<Point> points) {
		newRoutes.put(id, List.copyOf(points));
		return this;
	}

	public boolean isEmpty() {
		return newBounds.isEmpty() && newRoutes.isEmpty();
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		oldBounds.clear();
		oldRoutes.clear();
		newBounds.forEach((id, value) -> oldBounds.put(id, notation.putBounds(id, value)));
		newRoutes.forEach((id, value) -> oldRoutes.put(id, notation.putRoute(id, value)));
	}

	@Override
	public void undo() {
		oldBounds.forEach(notation::putBounds);
		oldRoutes.forEach(notation::putRoute);
	}

	@Override
	public void redo() {
		execute();
	}
}
