package org.threatwright.ui.risk;

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
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.assessment.RiskFactors;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.ui.dialogs.FormDialog;

/**
 * Asks for an override of one factor of a risk: the factor (an impact category, the feasibility, or a factor of the
 * method's approach), its new value from what the method allows ({@link RiskFactors#values}) and the rationale, which
 * is required. What was chosen and typed is kept after the dialog closes, so a failed write can offer it again.
 */
public final class OverrideDialog extends FormDialog {

	public static final String TITLE = "Override risk factor";
	public static final String RECORD = "Record";

	private final RiskAssessment risk;
	private final RiskMethod method;
	private String factor;
	private String value;
	private String rationale;
	private Combo factorCombo;
	private Combo valueCombo;
	private Text rationaleText;
	private Label hint;

	/** Starts from the given factor, value and rationale (null: the first factor, its current value, nothing). */
	public OverrideDialog(Shell parent, RiskAssessment risk, RiskMethod method, String factor, String value,
			String rationale) {
		super(parent, TITLE);
		this.risk = risk;
		this.method = method;
		this.factor = factor == null ? RiskFactors.names(method).get(0) : factor;
		this.value = value;
		this.rationale = rationale == null ? "" : rationale;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = formArea(parent, risk.title() + "\n" + risk.findingId() + "\nnow: impact " + risk.impact()
				+ ", feasibility " + risk.feasibility() + ", value " + risk.value() + " (" + risk.level().label() + ")", 520);
		new Label(area, SWT.NONE).setText("Factor:");
		factorCombo = new Combo(area, SWT.READ_ONLY);
		List<String> names = RiskFactors.names(method);
		names.forEach(factorCombo::add);
		factorCombo.select(Math.max(0, names.indexOf(factor)));
		factorCombo.addListener(SWT.Selection, event -> {
			factor = factorCombo.getText();
			value = null;
			fillValues();
			validate();
		});
		new Label(area, SWT.NONE).setText("Value:");
		valueCombo = new Combo(area, SWT.READ_ONLY);
		valueCombo.addListener(SWT.Selection, event -> validate());
		Label rationaleLabel = new Label(area, SWT.NONE);
		rationaleLabel.setText("Rationale:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(rationaleLabel);
		rationaleText = new Text(area, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
		rationaleText.setText(rationale);
		rationaleText.addListener(SWT.Modify, event -> validate());
		GridDataFactory.fillDefaults().grab(true, true).hint(420, rationaleText.getLineHeight() * 5).applyTo(rationaleText);
		hint = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(hint);
		fillValues();
		return area;
	}

	private void fillValues() {
		valueCombo.removeAll();
		List<String> values = RiskFactors.values(method, factorCombo.getText());
		values.forEach(valueCombo::add);
		String current = value != null ? value : currentValue(factorCombo.getText());
		valueCombo.select(Math.max(0, values.indexOf(current)));
	}

	/** The factor's value in the risk as assessed, so the dialog starts from what is there. */
	private String currentValue(String name) {
		if (name.equals(RiskFactors.FEASIBILITY)) {
			return risk.feasibility();
		}
		if (name.startsWith("impact.")) {
			return risk.impacts().entrySet().stream().filter(e -> e.getKey().factor().equals(name))
					.map(java.util.Map.Entry::getValue).findFirst().orElse(null);
		}
		return risk.feasibilityFactors().get(name);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, RECORD, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		boolean missing = rationaleText.getText().isBlank();
		hint.setText(missing ? "An override needs a rationale: why this value fits this product better." : "");
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!missing);
		}
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
		factor = factorCombo.getText();
		value = valueCombo.getText();
		rationale = rationaleText.getText();
	}

	public RiskAssessment risk() {
		return risk;
	}

	public String factor() {
		return factor;
	}

	public String value() {
		return value;
	}

	public String rationale() {
		return rationale;
	}
}
