package org.threatwright.analysis.rules.stride;

import java.util.List;
import java.util.stream.Stream;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.query.ModelElements;

/**
 * STRIDE per element: every element of one data-flow-diagram role faces one STRIDE category. The same class
 * serves all fifteen (role, category) pairs of the published table, because the pairs differ only in data
 * (their descriptors), not in logic. Fires once per matching element or flow.
 */
final class StridePerElementRule implements ThreatRule {

	private final String id;
	private final DfdRole role;

	StridePerElementRule(String id, DfdRole role) {
		this.id = id;
		this.role = role;
	}

	@Override
	public String id() {
		return id;
	}

	DfdRole role() {
		return role;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		Stream<ModelElement> candidates = role == DfdRole.DATA_FLOW
				? context.flows().stream().map(ModelElement.class::cast)
				: context.elements().stream().map(ModelElement.class::cast);
		candidates.filter(role::matches).forEach(subject -> findings.report(List.of(subject), explain(context, subject)));
	}

	private String explain(AnalysisContext context, ModelElement subject) {
		String what = subject instanceof DataFlow flow ? describeFlow(flow) : ModelElements.kindAndName(subject);
		String traffic = subject instanceof Element element ? " It has " + plural(context.systemGraph().incoming(element).size(), "incoming flow")
				+ " and " + plural(context.systemGraph().outgoing(element).size(), "outgoing flow") + "." : "";
		String asProcess = role == DfdRole.PROCESS && !(subject instanceof org.threatwright.model.Process)
				? " (devices, gateways, cloud services and apps count as processes)" : "";
		return what + " is " + role.phrase() + asProcess
				+ " in the data-flow model, and STRIDE per element gives every such element this threat." + traffic;
	}

	private static String describeFlow(DataFlow flow) {
		return "Data flow" + (flow.getName() == null || flow.getName().isBlank() ? "" : " '" + flow.getName() + "'")
				+ " from " + ModelElements.kindAndName(flow.getSource()) + " to " + ModelElements.kindAndName(flow.getTarget())
				+ " (protocol " + flow.getProtocol().getLiteral() + ", encryption " + flow.getEncryption().getLiteral() + ")";
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
