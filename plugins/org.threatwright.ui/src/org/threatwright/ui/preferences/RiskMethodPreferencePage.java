package org.threatwright.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.threatwright.risk.method.RiskLevel;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.method.RiskMethodFiles;

/**
 * Window &gt; Preferences &gt; Threatwright &gt; Risk Method: the built-in method or a method file; the matrix is
 * shown read-only (impact rows, highest first; feasibility columns) and a file that is not a valid method is named
 * with the place and the problem, and cannot be applied.
 */
public class RiskMethodPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final ThreatwrightPreferences preferences;
	private Button builtIn;
	private Button fromFile;
	private Text file;
	private Button browse;
	private Label summary;
	private Table matrix;
	private RiskMethod shown;

	public RiskMethodPreferencePage() {
		this(ThreatwrightPreferences.get());
	}

	public RiskMethodPreferencePage(ThreatwrightPreferences preferences) {
		this.preferences = preferences;
		setDescription("The risk matrix and scales risks are assessed with.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// values are read in createContents
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		builtIn = new Button(page, SWT.RADIO);
		builtIn.setText("&Built in: ISO/SAE 21434 Annex H (4 impact \u00d7 4 feasibility levels)");
		builtIn.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		fromFile = new Button(page, SWT.RADIO);
		fromFile.setText("Method &file:");
		file = new Text(page, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.setMessage("risk-method.json");
		browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		matrix = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		matrix.setHeaderVisible(true);
		matrix.setLinesVisible(true);
		matrix.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));

		Path chosen = preferences.riskMethodFile();
		builtIn.setSelection(chosen == null);
		fromFile.setSelection(chosen != null);
		file.setText(chosen == null ? "" : chosen.toString());
		builtIn.addListener(SWT.Selection, e -> validate());
		fromFile.addListener(SWT.Selection, e -> validate());
		file.addModifyListener(e -> validate());
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.json", "*" });
			String path = dialog.open();
			if (path != null) {
				fromFile.setSelection(true);
				builtIn.setSelection(false);
				file.setText(path);
			}
		});
		validate();
		return page;
	}

	/** Loads the chosen method; shows its matrix, or names what is wrong with the file. */
	private void validate() {
		file.setEnabled(fromFile.getSelection());
		browse.setEnabled(fromFile.getSelection());
		String problem = null;
		RiskMethod method = null;
		if (builtIn.getSelection()) {
			method = RiskMethod.defaultMethod();
		} else if (file.getText().isBlank()) {
			problem = "Choose a method file (JSON), or the built-in method.";
		} else {
			Path path = Path.of(file.getText().strip());
			try {
				method = Files.isRegularFile(path) ? RiskMethodFiles.load(path) : null;
				if (method == null) {
					problem = path + ": no such file";
				}
			} catch (IOException e) {
				problem = path + ": cannot be read: " + e.getMessage();
			} catch (IllegalArgumentException e) {
				problem = e.getMessage(); // RiskMethodException: file, JSON path and problem
			}
		}
		setErrorMessage(problem);
		setValid(problem == null);
		show(method);
	}

	private void show(RiskMethod method) {
		shown = method;
		matrix.setRedraw(false);
		matrix.removeAll();
		for (TableColumn column : matrix.getColumns()) {
			column.dispose();
		}
		if (method == null) {
			summary.setText("");
			matrix.setRedraw(true);
			return;
		}
		summary.setText(method.name() + ": risk values 1.." + method.maxValue() + ", accepted without treatment up to "
				+ method.acceptanceThreshold() + " (" + method.level(method.acceptanceThreshold()).label() + "); feasibility by "
				+ method.approach().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
		TableColumn corner = new TableColumn(matrix, SWT.LEFT);
		corner.setText(method.impactScale().name() + " \\ " + method.feasibilityScale().name());
		corner.setWidth(170);
		for (int f = 0; f < method.feasibilityScale().size(); f++) {
			TableColumn column = new TableColumn(matrix, SWT.CENTER);
			column.setText(method.feasibilityScale().level(f));
			column.setWidth(110);
		}
		for (int i = method.impactScale().size() - 1; i >= 0; i--) {
			TableItem row = new TableItem(matrix, SWT.NONE);
			row.setText(0, method.impactScale().level(i));
			for (int f = 0; f < method.feasibilityScale().size(); f++) {
				int value = method.value(i, f);
				row.setText(f + 1, value + " " + method.level(value).label());
				row.setBackground(f + 1, colour(method.level(value)));
			}
		}
		matrix.setRedraw(true);
	}

	private Color colour(RiskLevel level) {
		return switch (level) {
			case VERY_LOW -> new Color(214, 238, 214);
			case LOW -> new Color(232, 244, 200);
			case MEDIUM -> new Color(255, 240, 180);
			case HIGH -> new Color(255, 208, 160);
			case VERY_HIGH -> new Color(246, 170, 170);
		};
	}

	/** The method on show (null when the file is not valid), for tests. */
	public RiskMethod shownMethod() {
		return shown;
	}

	@Override
	protected void performDefaults() {
		builtIn.setSelection(true);
		fromFile.setSelection(false);
		validate();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (!isValid()) {
			return false;
		}
		try {
			preferences.setRiskMethodFile(builtIn.getSelection() ? null : Path.of(file.getText().strip()));
			return true;
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}
}
