package org.threatwright.ui.risk;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.threatwright.ui.dialogs.FormDialog;

/**
 * A small form: labelled text fields and choices, some required; the action button stays disabled until every
 * required field has text. The values are kept after the dialog closes, so a failed write can open it again with
 * them. Used for records the requirements view writes (controls, verification evidence).
 */
public final class FieldsDialog extends FormDialog {

	/**
	 * One field.
	 *
	 * @param label    what it asks
	 * @param choices  the values to pick from, or null for free text
	 * @param required whether the action needs it
	 */
	public record Field(String label, List<String> choices, boolean required) {
	}

	private final String title;
	private final String intro;
	private final String action;
	private final List<Field> fields;
	private final List<String> values;
	private final List<Control> inputs = new ArrayList<>();

	/** {@code values}: the initial value of each field (null or empty for none). */
	public FieldsDialog(Shell parent, String title, String intro, String action, List<Field> fields, List<String> values) {
		super(parent, title);
		this.title = title;
		this.intro = intro;
		this.action = action;
		this.fields = List.copyOf(fields);
		this.values = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			String value = values == null || i >= values.size() ? null : values.get(i);
			this.values.add(value == null ? "" : value);
		}
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = formArea(parent, intro, 480);
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			new Label(area, SWT.NONE).setText(field.label() + (field.required() ? " *" : "") + ":");
			if (field.choices() != null) {
				Combo combo = new Combo(area, SWT.READ_ONLY);
				field.choices().forEach(combo::add);
				combo.select(Math.max(0, field.choices().indexOf(values.get(i))));
				combo.addListener(SWT.Selection, event -> validate());
				inputs.add(combo);
			} else {
				Text text = new Text(area, SWT.BORDER);
				text.setText(values.get(i));
				text.addListener(SWT.Modify, event -> validate());
				GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
				inputs.add(text);
			}
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, action, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		boolean complete = true;
		for (int i = 0; i < fields.size(); i++) {
			complete &= !fields.get(i).required() || !text(inputs.get(i)).isBlank();
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(complete);
		}
	}

	private static String text(Control input) {
		return input instanceof Combo combo ? combo.getText() : ((Text) input).getText();
	}

	@Override
	protected void okPressed() {
		keepInput();
		super.okPressed();
	}

	@Override
	protected void cancelPressed() {
		keepInput();
		super.cancelPressed();
	}

	private void keepInput() {
		for (int i = 0; i < fields.size(); i++) {
			values.set(i, text(inputs.get(i)));
		}
	}

	/** The values as typed or chosen, one per field (after the dialog closed). */
	public List<String> values() {
		return List.copyOf(values);
	}
}
