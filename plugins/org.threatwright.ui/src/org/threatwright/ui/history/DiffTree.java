package org.threatwright.ui.history;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.threatwright.kb.history.AttributeChange;
import org.threatwright.kb.history.DiffSection;
import org.threatwright.kb.history.HistoryDiff;
import org.threatwright.kb.history.ResourceChange;

/**
 * A semantic diff as a tree: one node per section (with what it means for security), beneath it one node per added,
 * removed or changed resource, beneath that the attribute changes (old → new) and the security meaning.
 */
final class DiffTree {

	private DiffTree() {
	}

	static void fill(Tree tree, HistoryDiff diff) {
		tree.removeAll();
		if (diff == null) {
			return;
		}
		for (DiffSection section : diff.sections()) {
			TreeItem sectionItem = new TreeItem(tree, SWT.NONE);
			sectionItem.setText(new String[] { capitalise(section.name()) + " (" + section.changes().size() + ")",
					section.meaning() });
			java.util.List<TreeItem> changed = new java.util.ArrayList<>();
			for (ResourceChange change : section.changes()) {
				TreeItem item = new TreeItem(sectionItem, SWT.NONE);
				item.setText(new String[] { label(change), String.join("; ", change.meaning()) });
				if (change.change().equals(ResourceChange.CHANGED)) {
					for (AttributeChange attribute : change.attributes()) {
						new TreeItem(item, SWT.NONE).setText(new String[] { attribute.attribute() + ": "
								+ values(attribute.before()) + " \u2192 " + values(attribute.after()), "" });
					}
					changed.add(item);
				}
			}
			sectionItem.setExpanded(true);
			changed.forEach(item -> item.setExpanded(true)); // GTK expands a child only once its parent is
		}
	}

	/** "+ Device Hub [id]": the sign says added (+), removed (−) or changed (~). */
	static String label(ResourceChange change) {
		String sign = switch (change.change()) {
			case ResourceChange.ADDED -> "+";
			case ResourceChange.REMOVED -> "\u2212";
			default -> "~";
		};
		String name = change.name() == null ? change.id() : change.name();
		return sign + " " + change.type() + " " + name + (name.equals(change.id()) ? "" : " [" + change.id() + "]");
	}

	private static String values(java.util.List<String> values) {
		return values.isEmpty() ? "(none)" : String.join(", ", values);
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
