package org.threatwright.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.ModelElement;
import org.threatwright.model.query.ModelElements;

/** Collects the problems checks report, in the order they are reported. */
public final class ProblemCollector {

	private final List<ModelProblem> problems = new ArrayList<>();

	public void error(String code, EObject subject, String message) {
		add(Severity.ERROR, code, subject, message);
	}

	public void warning(String code, EObject subject, String message) {
		add(Severity.WARNING, code, subject, message);
	}

	private void add(Severity severity, String code, EObject subject, String message) {
		ModelElement identified = identifiedElementOf(subject);
		problems.add(new ModelProblem(severity, code, identified == null ? null : identified.getId(),
				subject == null ? null : ModelElements.describe(subject), message));
	}

	/** The nearest object with an id: a role assignment, for example, is located by its model. */
	private static ModelElement identifiedElementOf(EObject subject) {
		for (EObject current = subject; current != null; current = current.eContainer()) {
			if (current instanceof ModelElement element) {
				return element;
			}
		}
		return null;
	}

	List<ModelProblem> problems() {
		return List.copyOf(problems);
	}
}
