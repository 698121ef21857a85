package org.threatwright.ui.properties;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.model.validation.ModelProblem;
import org.threatwright.ui.editing.ModelEditor;
import org.threatwright.ui.editing.ModelProblems;
import org.threatwright.ui.explorer.ModelExplorerView;
import org.threatwright.ui.explorer.ModelLabels;
import org.threatwright.ui.explorer.ModelTree;
import org.threatwright.ui.session.ModelSession;

/**
 * Every attribute and reference of the object selected in the Model Explorer or the model editor; values
 * are edited in place (double-click or Enter: text, check box, drop-down), each change one command on
 * the open model's stack, so Undo reverts it. The header names the object and its validation problems.
 * Our own view rather than the platform's property sheet, because EMF's property-source adapters
 * ({@code emf.edit.ui}) are not obtainable and reflection over the metamodel is all this needs.
 */
public class PropertiesView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.properties";

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<ModelSession> sessionListener = session -> show(null);
	private final Consumer<ModelSession> changeListener = session -> refresh();
	private final Consumer<ModelProblems> problemsListener = problems -> updateHeader(null);
	private TableViewer viewer;
	private EObject shown;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("Property", 170, PropertyRows.Row::property);
		TableViewerColumn value = column("Value", 380, PropertyRows.Row::value);
		value.setEditingSupport(new PropertyEditing(viewer, viewer.getTable(), this::updateHeader));
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				// a double-click or Enter starts editing; a single click only selects the row
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR);
			}
		}, ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// the explorer by part id: its selection counts even when another view set it while active; the editor
		// through the active part (editors are not found by their id in the e4 selection service)
		getSite().getPage().addPostSelectionListener(ModelExplorerView.ID, selectionListener);
		getSite().getPage().addPostSelectionListener(selectionListener);
		ModelSession.get().addListener(sessionListener);
		ModelSession.get().addChangeListener(changeListener);
		ModelProblems.get().addListener(problemsListener);
		ISelection current = getSite().getPage().getSelection(ModelExplorerView.ID);
		selectionChanged(null, current);
	}

	private TableViewerColumn column(String title, int width, Function<PropertyRows.Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object line) {
				return text.apply(((PropertyLine) line).row());
			}

			@Override
			public Color getForeground(Object line) {
				// what cannot be edited here is shown greyed
				return ((PropertyLine) line).editable() ? null
						: viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			}
		});
		return column;
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != null && !(part instanceof ModelExplorerView) && !(part instanceof ModelEditor)) {
			return;
		}
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		show(ModelTree.objectOf(first));
	}

	private void show(EObject object) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		shown = object;
		viewer.setInput(PropertyLine.of(object).toArray());
		updateHeader(null);
	}

	/** After a command: the values may have changed, or the object may have been deleted. */
	private void refresh() {
		if (shown != null && shown.eResource() == null) {
			show(null);
		} else if (shown != null) {
			show(shown);
		}
	}

	/** Names the object and its problems; while a typed value is invalid, says why instead. */
	private void updateHeader(String inputProblem) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (inputProblem != null) {
			setContentDescription("Not accepted: " + inputProblem);
			return;
		}
		if (shown == null) {
			setContentDescription("Select an object in the Model Explorer or the model editor");
			return;
		}
		String name = shown.eClass().getName() + " " + ModelLabels.nameOf(shown);
		List<ModelProblem> problems = ModelProblems.get().about(shown);
		setContentDescription(problems.isEmpty() ? name
				: name + " \u2014 " + problems.size() + (problems.size() == 1 ? " problem: " : " problems, first: ")
						+ problems.get(0).message());
	}

	/** The object whose properties are shown, or {@code null}; for tests. */
	public EObject shownObject() {
		return shown;
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/**
	 * Sets the value of {@code property} of the shown object as the cell editors do (one command); for tests.
	 *
	 * @return whether the model changed
	 */
	public boolean setValue(String property, Object value) {
		for (PropertyLine line : PropertyLine.of(shown)) {
			if (line.row().property().equals(property) && line.editable()) {
				return PropertyEditing.set(line, value);
			}
		}
		return false;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(ModelExplorerView.ID, selectionListener);
		getSite().getPage().removePostSelectionListener(selectionListener);
		ModelSession.get().removeListener(sessionListener);
		ModelSession.get().removeChangeListener(changeListener);
		ModelProblems.get().removeListener(problemsListener);
		super.dispose();
	}
}
