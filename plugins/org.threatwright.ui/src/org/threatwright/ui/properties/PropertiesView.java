package org.threatwright.ui.properties;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.ui.explorer.ModelExplorerView;
import org.threatwright.ui.explorer.ModelLabels;
import org.threatwright.ui.explorer.ModelTree;
import org.threatwright.ui.session.ModelSession;

/**
 * Read-only table of every attribute and reference of the object selected in the Model Explorer.
 * Our own view rather than the platform's property sheet, because EMF's property-source adapters
 * ({@code emf.edit.ui}) are not obtainable and reflection over the metamodel is all this needs.
 */
public class PropertiesView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.properties";

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<ModelSession> sessionListener = session -> show(null);
	private TableViewer viewer;
	private EObject shown;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("Property", 170, PropertyRows.Row::property);
		column("Value", 380, PropertyRows.Row::value);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().getPage().addPostSelectionListener(ModelExplorerView.ID, selectionListener);
		ModelSession.get().addListener(sessionListener);
		ISelection current = getSite().getPage().getSelection(ModelExplorerView.ID);
		selectionChanged(null, current);
	}

	private void column(String title, int width, Function<PropertyRows.Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object row) {
				return text.apply((PropertyRows.Row) row);
			}
		});
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		show(ModelTree.objectOf(first));
	}

	private void show(EObject object) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		shown = object;
		viewer.setInput(PropertyRows.of(object).toArray());
		setContentDescription(object == null ? "Select an object in the Model Explorer"
				: object.eClass().getName() + " " + ModelLabels.nameOf(object));
	}

	/** The object whose properties are shown, or {@code null}; for tests. */
	public EObject shownObject() {
		return shown;
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
		getSite().getPage().removePostSelectionListener(ModelExplorerView.ID, selectionListener);
		ModelSession.get().removeListener(sessionListener);
		super.dispose();
	}
}
