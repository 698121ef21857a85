package org.threatwright.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.threatwright.model.io.ModelFiles;

/** The one page of the New Model wizard: blank or from an example, name, id, file. */
public final class NewModelPage extends WizardPage {

	private final Path initialFolder;
	/** Until something is typed or chosen, what is missing is a hint, not an error. */
	private boolean touched;
	Button blank;
	Button fromExample;
	Combo examples;
	Text name;
	Text id;
	Text file;

	NewModelPage(Path initialFolder) {
		super("newModel");
		this.initialFolder = initialFolder;
		setTitle("New Model");
		setDescription("Start a system model from scratch or from one of the examples.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		blank = new Button(page, SWT.RADIO);
		blank.setText("&Blank model");
		blank.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		blank.setSelection(true);
		fromExample = new Button(page, SWT.RADIO);
		fromExample.setText("From an &example:");
		examples = new Combo(page, SWT.READ_ONLY);
		examples.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		List<String> names = ExampleModels.names();
		examples.setItems(names.toArray(String[]::new));
		if (!names.isEmpty()) {
			examples.select(0);
		} else {
			fromExample.setEnabled(false);
		}
		name = field(page, "Product &name:");
		id = field(page, "Model &id (optional):");
		id.setMessage("a new UUID");
		file = field(page, "&File:");
		((GridData) file.getLayoutData()).horizontalSpan = 1;
		file.setText(initialFolder.resolve("new-model." + ModelFiles.EXTENSION).toString());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());
		for (Button radio : new Button[] { blank, fromExample }) {
			radio.addListener(SWT.Selection, event -> changed());
		}
		examples.addListener(SWT.Selection, event -> changed());
		for (Text text : new Text[] { name, id, file }) {
			text.addListener(SWT.Modify, event -> changed());
		}
		setControl(page);
		validate();
	}

	private Text field(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return text;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("New Model File");
		dialog.setFilterExtensions(new String[] { "*." + ModelFiles.EXTENSION });
		dialog.setOverwrite(false);
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen.endsWith("." + ModelFiles.EXTENSION) ? chosen : chosen + "." + ModelFiles.EXTENSION);
		}
	}

	/** Fills the page as a person would (for tests): an example name or null for blank, name, file. */
	public void fill(String example, String productName, String path) {
		blank.setSelection(example == null);
		fromExample.setSelection(example != null);
		if (example != null) {
			examples.select(examples.indexOf(example));
		}
		name.setText(productName);
		file.setText(path);
		changed();
	}

	/** What the page asks for, as filled in. */
	public NewModelRequest request() {
		String example = fromExample.getSelection() && examples.getSelectionIndex() >= 0 ? examples.getText() : null;
		String path = file.getText().strip();
		return new NewModelRequest(name.getText(), id.getText().strip(), example, path.isEmpty() ? null : Path.of(path));
	}

	private void changed() {
		touched = true;
		validate();
	}

	private void validate() {
		examples.setEnabled(fromExample.getSelection());
		name.setMessage(fromExample.getSelection() ? "the example's own name" : "");
		String problem = request().problem();
		setErrorMessage(touched ? problem : null);
		setMessage(touched || problem == null ? null : problem);
		setPageComplete(problem == null);
	}
}
