package org.threatwright.ui.editing;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.model.validation.ModelProblem;
import org.threatwright.ui.explorer.ModelExplorerView;
import org.threatwright.ui.session.ModelSession;

/**
 * The validation errors and warnings of the open model, checked again after each edit. Double-click (or
 * Enter) selects the element in the model editor and the Model Explorer. Errors first, then by element.
 */
public class ProblemsView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.problems";

	private final Consumer<ModelProblems> listener = problems -> show();
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("Severity", 80, problem -> problem.severity().label());
		column("Element", 260, problem -> problem.element() == null ? "(model)" : problem.element());
		column("Problem", 560, ModelProblem::message);
		column("Code", 160, ModelProblem::code);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				ModelProblem left = (ModelProblem) a;
				ModelProblem right = (ModelProblem) b;
				int bySeverity = left.severity().compareTo(right.severity());
				return bySeverity != 0 ? bySeverity
						: String.valueOf(left.element()).compareToIgnoreCase(String.valueOf(right.element()));
			}
		});
		viewer.addOpenListener(event -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			if (first instanceof ModelProblem problem) {
				select(ModelProblems.objectOf(problem));
			}
		});
		getSite().setSelectionProvider(viewer);
		ModelProblems.get().addListener(listener);
		show();
	}

	private void column(String title, int width, Function<ModelProblem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object problem) {
				return text.apply((ModelProblem) problem);
			}
		});
	}

	/** Selects {@code object} in the model editor and the Model Explorer. */
	public void select(EObject object) {
		if (object == null) {
			return;
		}
		IWorkbenchPage page = getSite().getPage();
		ModelEditor editor = ModelEditors.find(getSite().getWorkbenchWindow());
		if (editor != null) {
			editor.reveal(List.of(object));
			page.activate(editor);
		}
		if (page.findView(ModelExplorerView.ID) instanceof ModelExplorerView explorer) {
			explorer.reveal(object);
		}
	}

	private void show() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<ModelProblem> problems = ModelProblems.get().problems();
		viewer.setInput(problems.toArray());
		long errors = problems.stream().filter(p -> p.severity() == org.threatwright.model.validation.Severity.ERROR)
				.count();
		setContentDescription(ModelSession.get().model() == null ? "No model open"
				: ModelProblems.get().isPending() ? "Checking the model\u2026"
				: problems.isEmpty() ? "No problems: the model is valid"
						: count(errors, "error") + ", " + count(problems.size() - errors, "warning"));
	}

	private static String count(long n, String what) {
		return n + " " + what + (n == 1 ? "" : "s");
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ModelProblems.get().removeListener(listener);
		super.dispose();
	}
}
