package org.threatwright.ui.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.threatwright.analysis.paths.AttackPath;
import org.threatwright.analysis.paths.AttackStep;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.RegisterWriter;
import org.threatwright.model.ModelElement;

/**
 * The shape of the Attack paths tree, independent of SWT: each high-value target, beneath it its shortest attack
 * paths, beneath each path its steps. A step in the target's minimum cut is marked: blocking the marked steps
 * separates the target from every entry point.
 */
public final class AttackPathTree {

	/** One path to a target, numbered from 1 (shortest first). */
	public record PathNode(TargetPaths target, int number, AttackPath path) {
	}

	/** One step of a path; {@code inCut} when it belongs to the target's minimum cut. */
	public record StepNode(PathNode path, int number, AttackStep step, boolean inCut) {
	}

	private AttackPathTree() {
	}

	public static List<Object> children(Object node) {
		List<Object> children = new ArrayList<>();
		if (node instanceof TargetPaths target) {
			for (int i = 0; i < target.paths().size(); i++) {
				children.add(new PathNode(target, i + 1, target.paths().get(i)));
			}
		} else if (node instanceof PathNode path) {
			List<AttackStep> steps = path.path().steps();
			for (int i = 0; i < steps.size(); i++) {
				children.add(new StepNode(path, i + 1, steps.get(i), path.target().minimumCut().contains(steps.get(i))));
			}
		}
		return children;
	}

	/** The first column: what the node is. */
	public static String label(Object node) {
		if (node instanceof TargetPaths target) {
			return nameOf(target.target()) + " (" + target.target().eClass().getName() + "): " + target.paths().size()
					+ (target.paths().size() == 1 ? " path" : " paths");
		}
		if (node instanceof PathNode path) {
			return path.number() + ". " + route(path.path());
		}
		if (node instanceof StepNode step) {
			return RegisterWriter.describe(step.step());
		}
		return String.valueOf(node);
	}

	/** The second column: boundaries crossed by a path; the cut for a target; the cut mark for a step. */
	public static String detail(Object node) {
		if (node instanceof TargetPaths target) {
			return target.minimumCut().isEmpty() ? "no cut: the target is itself an entry point"
					: "minimum cut: " + target.minimumCut().size()
							+ (target.minimumCut().size() == 1 ? " step" : " steps");
		}
		if (node instanceof PathNode path) {
			return path.path().boundariesCrossed().isEmpty() ? "crosses no boundary"
					: path.path().boundariesCrossed().stream().map(AttackPathTree::nameOf)
							.collect(Collectors.joining(", "));
		}
		if (node instanceof StepNode step) {
			return step.inCut() ? "\u2702 in the minimum cut: blocking it cuts this path" : "";
		}
		return "";
	}

	/** {@code Homeowner → Hub → Cloud API}; hosting steps as {@code ⇢}. */
	static String route(AttackPath path) {
		StringBuilder text = new StringBuilder(nameOf(path.entryPoint()));
		path.steps().forEach(step -> text.append(step.isHosting() ? " \u21e2 " : " \u2192 ").append(nameOf(step.to())));
		return text.toString();
	}

	static String nameOf(ModelElement element) {
		return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
	}
}
