package org.threatwright.ui.history;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.threatwright.kb.decisions.DecisionStatus;
import org.threatwright.kb.decisions.DesignDecision;
import org.threatwright.kb.decisions.NewDecision;

/**
 * Records a design decision: title, status, context (its rationale), the decision, alternatives (one per line),
 * consequences, and the model elements it concerns; or supersedes one (the new decision replaces it). Record stays
 * disabled until title, context and decision are there. It opens with {@link DecisionInput}, so that after a failure
 * it reopens with what was typed.
 */
final class DecisionDialog extends TitleAreaDialog {

	/** What the user typed, kept across a failed attempt. */
	record DecisionInput(String title, DecisionStatus status, String context, String decision, String alternatives,
			String consequences, Set<String> elements) {

		static DecisionInput empty() {
			return new DecisionInput("", DecisionStatus.ACCEPTED, "", "", "", "", Set.of());
		}

		/** A successor of {@code old}: its title, context and elements to start from. */
		static DecisionInput succeeding(DesignDecision old) {
			return new DecisionInput(old.title(), DecisionStatus.ACCEPTED, old.context(), "", "", "",
					new LinkedHashSet<>(old.elements()));
		}

		/**
		 * The decision to record, by {@code author} today.
		 *
		 * @throws IllegalArgumentException naming what is missing
		 */
		NewDecision request(String author, String supersedes) {
			List<String> alternativeLines = Arrays.stream(alternatives.split("\\R")).map(String::strip)
					.filter(line -> !line.isEmpty()).toList();
			return new NewDecision(title.strip(), context.strip(), decision.strip(), alternativeLines,
					consequences.isBlank() ? null : consequences.strip(), status, LocalDate.now(), author,
					List.copyOf(elements), List.of(), List.of(), List.of(), List.of(), supersedes);
		}
	}

	/** A model element the decision may be linked to. */
	record ElementChoice(String id, String label) {
	}

	private final DesignDecision superseded;
	private final List<ElementChoice> elements;
	private DecisionInput input;
	private Text title;
	private Combo status;
	private Text context;
	private Text decision;
	private Text alternatives;
	private Text consequences;
	private Table elementTable;

	DecisionDialog(Shell parent, DesignDecision superseded, List<ElementChoice> elements, DecisionInput input) {
		super(parent);
		this.superseded = superseded;
		this.elements = elements;
		this.input = input;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** What was typed (after OK or Cancel). */
	DecisionInput input() {
		return input;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(superseded == null ? "New Design Decision" : "Supersede " + superseded.id());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(superseded == null ? "Record a design decision"
				: "Supersede " + superseded.id() + ": " + superseded.title());
		setMessage(superseded == null ? "Why it was needed (context), what was decided, and what follows. Title, context and"
				+ " decision are required." : "The new decision replaces " + superseded.id()
						+ ", which is marked superseded. Title, context and decision are required.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(2, false));
		title = field(form, "&Title:", input.title(), false);
		new Label(form, SWT.NONE).setText("&Status:");
		status = new Combo(form, SWT.READ_ONLY);
		status.setItems(DecisionStatus.ACCEPTED.label(), DecisionStatus.PROPOSED.label());
		status.select(input.status() == DecisionStatus.PROPOSED ? 1 : 0);
		context = field(form, "&Context:", input.context(), true);
		decision = field(form, "&Decision:", input.decision(), true);
		alternatives = field(form, "&Alternatives\n(one a line):", input.alternatives(), true);
		consequences = field(form, "C&onsequences:", input.consequences(), true);
		Label elementsLabel = new Label(form, SWT.NONE);
		elementsLabel.setText("&Elements:");
		elementsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		elementTable = new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 110;
		elementTable.setLayoutData(tableData);
		for (ElementChoice element : elements) {
			TableItem item = new TableItem(elementTable, SWT.NONE);
			item.setText(element.label());
			item.setData(element.id());
			item.setChecked(input.elements().contains(element.id()));
		}
		return area;
	}

	private Text field(Composite form, String label, String value, boolean multi) {
		Label l = new Label(form, SWT.NONE);
		l.setText(label);
		l.setLayoutData(new GridData(SWT.LEFT, multi ? SWT.TOP : SWT.CENTER, false, false));
		Text text = new Text(form, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData data = new GridData(SWT.FILL, multi ? SWT.FILL : SWT.CENTER, true, multi);
		data.widthHint = 560;
		if (multi) {
			data.heightHint = 52;
		}
		text.setLayoutData(data);
		text.setText(value);
		text.addModifyListener(e -> updateButton());
		if (multi) {
			// Tab moves on, as in every other field: a decision's text needs no tab characters
			text.addTraverseListener(e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
		}
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Record", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButton();
	}

	private void updateButton() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!title.getText().isBlank() && !context.getText().isBlank()
					&& !decision.getText().isBlank());
		}
	}

	@Override
	public boolean close() {
		if (title != null && !title.isDisposed()) {
			Set<String> checked = new LinkedHashSet<>();
			for (TableItem item : elementTable.getItems()) {
				if (item.getChecked()) {
					checked.add((String) item.getData());
				}
			}
			input = new DecisionInput(title.getText(), status.getSelectionIndex() == 1 ? DecisionStatus.PROPOSED
					: DecisionStatus.ACCEPTED, context.getText(), decision.getText(), alternatives.getText(),
					consequences.getText(), checked);
		}
		return super.close();
	}
}
