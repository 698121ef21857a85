package org.threatwright.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.threatwright.model.SystemModel;
import org.threatwright.ui.editing.ModelCommands;
import org.threatwright.ui.editing.ModelDocument;
import org.threatwright.ui.explorer.ModelLabels;
import org.threatwright.ui.session.ModelSession;

/**
 * Editing of the Properties view's value column: text for strings, numbers and dates (checked before the
 * change is made), a check box for yes/no, a drop-down for enumerations and for references (every object of
 * the right kind in the model). Each change is one command on the open model's stack.
 */
final class PropertyEditing extends EditingSupport {

	private final Composite parent;
	private final java.util.function.Consumer<String> problemReporter;
	private List<Object> choices = List.of();

	PropertyEditing(ColumnViewer viewer, Composite parent, java.util.function.Consumer<String> problemReporter) {
		super(viewer);
		this.parent = parent;
		this.problemReporter = problemReporter;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof PropertyLine line && line.editable() && ModelSession.get().document() != null;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		PropertyLine line = (PropertyLine) element;
		EStructuralFeature feature = line.feature();
		if (feature instanceof EReference reference) {
			choices = referenceChoices(line.object(), reference);
			return combo(choices.stream().map(c -> c == null ? "(none)" : describe((EObject) c)).toList());
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (type instanceof EEnum enumeration) {
			choices = new ArrayList<>(enumeration.getELiterals().stream().map(EEnumLiteral::getInstance).toList());
			if (!feature.isRequired()) {
				choices.add(0, null);
			}
			return combo(choices.stream().map(c -> c == null ? "(none)" : ((Enumerator) c).getLiteral()).toList());
		}
		if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
			return new CheckboxCellEditor(parent);
		}
		TextCellEditor text = new TextCellEditor(parent);
		text.setValidator(value -> problemOf(type, (String) value));
		text.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
			@Override
			public void editorValueChanged(boolean oldValidState, boolean newValidState) {
				problemReporter.accept(text.getErrorMessage());
			}

			@Override
			public void cancelEditor() {
				problemReporter.accept(null);
			}

			@Override
			public void applyEditorValue() {
				problemReporter.accept(null);
			}
		});
		return text;
	}

	private CellEditor combo(List<String> items) {
		return new ComboBoxCellEditor(parent, items.toArray(String[]::new), SWT.READ_ONLY);
	}

	@Override
	protected Object getValue(Object element) {
		PropertyLine line = (PropertyLine) element;
		Object value = line.object().eGet(line.feature());
		if (line.feature() instanceof EReference || line.feature().getEType() instanceof EEnum) {
			return Math.max(0, choices.indexOf(value));
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		return line.row().value();
	}

	@Override
	protected void setValue(Object element, Object edited) {
		PropertyLine line = (PropertyLine) element;
		Object value;
		if (edited instanceof Integer index) {
			if (index < 0 || index >= choices.size()) {
				return;
			}
			value = choices.get(index);
		} else if (edited instanceof Boolean bool) {
			value = bool;
		} else {
			EDataType type = ((EAttribute) line.feature()).getEAttributeType();
			String text = (String) edited;
			if (problemOf(type, text) != null) {
				return;
			}
			value = text.isEmpty() && !type.getInstanceClass().isPrimitive() ? null
					: EcoreUtil.createFromString(type, text);
		}
		set(line, value);
	}

	/** Sets {@code value} with a command, unless it is what the object already has. */
	static boolean set(PropertyLine line, Object value) {
		ModelDocument document = ModelSession.get().document();
		Object current = line.object().eGet(line.feature());
		if (document == null || java.util.Objects.equals(current, value)) {
			return false;
		}
		return document.execute(ModelCommands.set(document.editingDomain(), line.object(), line.feature(), value));
	}

	/** Why {@code text} is not a value of {@code type}, or null if it is. */
	static String problemOf(EDataType type, String text) {
		if (text == null || text.isEmpty()) {
			return type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()
					? "a " + type.getName() + " value is needed"
					: null;
		}
		try {
			EcoreUtil.createFromString(type, text);
			return null;
		} catch (RuntimeException e) {
			return "'" + text + "' is not a valid " + type.getName() + (type.getName().contains("Date") ? " (YYYY-MM-DD)" : "");
		}
	}

	/** Every object in the model that {@code reference} can point to, "(none)" first when it is optional. */
	static List<Object> referenceChoices(EObject object, EReference reference) {
		List<Object> candidates = new ArrayList<>();
		if (!reference.isRequired()) {
			candidates.add(null);
		}
		EObject root = EcoreUtil.getRootContainer(object);
		if (!(root instanceof SystemModel)) {
			return candidates;
		}
		EClass type = reference.getEReferenceType();
		for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject candidate = all.next();
			if (type.isInstance(candidate) && candidate != object) {
				candidates.add(candidate);
			}
		}
		return candidates;
	}

	private static String describe(EObject object) {
		return ModelLabels.nameOf(object) + " (" + ModelLabels.humanise(object.eClass().getName()) + ")";
	}
}
