package org.threatwright.ui.paths;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.model.Element;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.explorer.ModelExplorerView;

/**
 * Attack paths of the open model: per high-value target the shortest paths from an entry point with the trust
 * boundaries they cross; the steps of the target's minimum cut are highlighted. Selecting a target selects it in
 * the Model Explorer.
 */
public class AttackPathsView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.attackPaths";
	private static final Color CUT = new Color(170, 20, 20);

	private final Consumer<AnalysisSession> sessionListener = session -> show();
	private TreeViewer viewer;
	private RegisterState shown;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		column("Target, path, step", 560, AttackPathTree::label);
		column("Boundaries crossed / minimum cut", 420, AttackPathTree::detail);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object node) {
				return AttackPathTree.children(node).toArray();
			}

			@Override
			public Object getParent(Object node) {
				return null;
			}

			@Override
			public boolean hasChildren(Object node) {
				return !(node instanceof AttackPathTree.StepNode);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			Object node = viewer.getStructuredSelection().getFirstElement();
			Element element = node instanceof TargetPaths target ? target.target()
					: node instanceof AttackPathTree.StepNode step ? step.step().to() : null;
			ModelExplorerView explorer = (ModelExplorerView) getSite().getPage().findView(ModelExplorerView.ID);
			if (element != null && explorer != null) {
				explorer.reveal(element);
			}
		});
		AnalysisSession.get().addListener(sessionListener);
		show();
	}

	private void column(String title, int width, Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object node) {
				return text.apply(node);
			}

			@Override
			public Font getFont(Object node) {
				return isCut(node) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}

			@Override
			public Color getForeground(Object node) {
				return isCut(node) ? CUT : null;
			}
		});
	}

	private static boolean isCut(Object node) {
		return node instanceof AttackPathTree.StepNode step && step.inCut();
	}

	private void show() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		RegisterState state = AnalysisSession.get().state();
		if (state == shown && state != null) {
			return;
		}
		if (shown != null && state != null && shown.attackPaths() == state.attackPaths()) {
			shown = state; // only a triage decision changed
			return;
		}
		shown = state;
		List<TargetPaths> targets = state == null ? List.of() : state.attackPaths();
		viewer.setInput(targets);
		if (targets.size() <= 12) {
			viewer.expandToLevel(2);
		}
		setContentDescription(state == null ? "No analysis yet"
				: targets.isEmpty() ? "No entry point reaches a high-value target"
						: targets.size() + " high-value targets reached from an entry point; highlighted steps form each"
								+ " target's minimum cut");
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AnalysisSession.get().removeListener(sessionListener);
		super.dispose();
	}
}
