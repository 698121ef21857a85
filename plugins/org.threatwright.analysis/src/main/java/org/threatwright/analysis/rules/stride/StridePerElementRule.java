package org.threatwright.analysis.rules.stride;

import java.util.List;
import java.util.stream.Stream;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.rules.Labels;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;

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

	/**
	 * The values the explanation needs, read now: this rule fires on every element or flow of its role, so its
	 * findings keep these few references and write the sentence when it is read.
	 */
	private Explanation explain(AnalysisContext context, ModelElement subject) {
		if (subject instanceof DataFlow flow) {
			Element source = flow.getSource();
			Element target = flow.getTarget();
			return new FlowExplanation(role, flow.getName(), source.eClass().getName(), source.getName(), source.getId(),
					target.eClass().getName(), target.getName(), target.getId(), flow.getProtocol().getLiteral(),
					flow.getEncryption().getLiteral());
		}
		boolean asProcess = role == DfdRole.PROCESS && !(subject instanceof org.threatwright.model.Process);
		return subject instanceof Element element
				? new ElementExplanation(role, subject.eClass().getName(), subject.getName(), subject.getId(), asProcess,
						context.systemGraph().incoming(element).size(), context.systemGraph().outgoing(element).size())
				: new ElementExplanation(role, subject.eClass().getName(), subject.getName(), subject.getId(), asProcess, -1, -1);
	}

	/** An element's finding: its kind, name and id, and its flow counts (-1 when it is no element). */
	private record ElementExplanation(DfdRole role, String kind, String name, String id, boolean asProcess, int incoming,
			int outgoing) implements Explanation {

		@Override
		public String text() {
			String traffic = incoming >= 0 ? " It has " + plural(incoming, "incoming flow") + " and "
					+ plural(outgoing, "outgoing flow") + "." : "";
			return explanation(Labels.kindAndName(kind, name, id), role, asProcess, traffic);
		}
	}

	/** A flow's finding: its name, both ends' kinds, names and ids, its protocol and encryption. */
	private record FlowExplanation(DfdRole role, String name, String sourceKind, String sourceName, String sourceId,
			String targetKind, String targetName, String targetId, String protocol, String encryption)
			implements Explanation {

		@Override
		public String text() {
			String what = "Data flow" + (name == null || name.isBlank() ? "" : " '" + name + "'") + " from "
					+ Labels.kindAndName(sourceKind, sourceName, sourceId) + " to " + Labels.kindAndName(targetKind, targetName, targetId)
					+ " (protocol " + protocol + ", encryption " + encryption + ")";
			return explanation(what, role, false, "");
		}
	}

	private static String explanation(String what, DfdRole role, boolean asProcess, String traffic) {
		return what + " is " + role.phrase() + (asProcess ? " (devices, gateways, cloud services and apps count as processes)" : "")
				+ " in the data-flow model, and STRIDE per element gives every such element this threat." + traffic;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
