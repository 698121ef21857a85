package org.threatwright.ui.preferences;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.threatwright.kb.catalogue.CatalogueScheme;
import org.threatwright.kb.catalogue.Catalogues;

/**
 * Window &gt; Preferences &gt; Threatwright &gt; Catalogues: which of the built-in compliance catalogues (read from
 * the knowledge base's catalogue registry) compliance checks use. At least one stays enabled.
 */
public class CataloguesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final ThreatwrightPreferences preferences;
	private List<CatalogueScheme> schemes;
	private Table table;

	public CataloguesPreferencePage() {
		this(ThreatwrightPreferences.get());
	}

	public CataloguesPreferencePage(ThreatwrightPreferences preferences) {
		this.preferences = preferences;
		setDescription("The compliance catalogues that compliance checks use.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// the registry is read in createContents
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		table = new Table(page, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] c : new String[][] { { "Catalogue", "440" }, { "Publisher", "250" }, { "Issued", "80" } }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(c[0]);
			column.setWidth(Integer.parseInt(c[1]));
		}
		schemes = Catalogues.builtIn().schemes();
		Set<String> enabled = new HashSet<>(preferences.enabledCatalogues(iris()));
		for (CatalogueScheme scheme : schemes) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { scheme.title(), nonNull(scheme.publisher()), nonNull(scheme.issued()) });
			item.setData(scheme.iri());
			item.setChecked(enabled.contains(scheme.iri()));
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				validate();
			}
		});
		validate();
		return page;
	}

	private List<String> iris() {
		return schemes.stream().map(CatalogueScheme::iri).toList();
	}

	private Set<String> checked() {
		Set<String> checked = new HashSet<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				checked.add((String) item.getData());
			}
		}
		return checked;
	}

	private void validate() {
		boolean any = !checked().isEmpty();
		setErrorMessage(any ? null : "Enable at least one catalogue: compliance is checked against the enabled ones.");
		setValid(any);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	@Override
	protected void performDefaults() {
		for (TableItem item : table.getItems()) {
			item.setChecked(true);
		}
		validate();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			preferences.setEnabledCatalogues(iris(), checked());
			return true;
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}
}
