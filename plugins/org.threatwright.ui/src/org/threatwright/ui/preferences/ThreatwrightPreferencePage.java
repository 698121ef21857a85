package org.threatwright.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Threatwright: what the pages beneath it set. */
public class ThreatwrightPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label text = new Label(page, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 520; // a wrapping label otherwise asks for one line as wide as the text
		text.setLayoutData(data);
		text.setText("""
				Threatwright settings for this user:

				Knowledge Base: where risks, requirements, triage, baselines and decisions are kept: beside each model \
				(X.kb beside X.tw, as the command line does), one folder, or a server started with 'threatwright serve' \
				(the password is kept encrypted in secure storage).

				Risk Method: the risk matrix and scales risks are assessed with: built in (ISO/SAE 21434 Annex H) or a \
				method file (JSON, see docs/risk.md).

				Catalogues: the compliance catalogues that compliance checks use.""");
		return page;
	}
}
