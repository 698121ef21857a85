package org.threatwright.ui.risk;

import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.risk.assessment.RiskAssessment;

/** The columns of the risk register table: title, width, text and sort order of a risk. */
enum RiskColumn {
	RISK("Risk (finding)", 230, RiskAssessment::findingId),
	THREAT("Threat", 300, RiskAssessment::title),
	ELEMENT("Element", 150, risk -> risk.subjects().stream().map(ElementRef::name).collect(Collectors.joining(", "))),
	IMPACT("Impact", 80, RiskAssessment::impact, Comparator.comparingInt(RiskAssessment::impactIndex)),
	FEASIBILITY("Feasibility", 80, RiskAssessment::feasibility, Comparator.comparingInt(RiskAssessment::feasibilityIndex)),
	VALUE("Value", 50, risk -> String.valueOf(risk.value()), Comparator.comparingInt(RiskAssessment::value)),
	LEVEL("Level", 75, risk -> risk.level().label(), Comparator.comparing(RiskAssessment::level)),
	TREATMENT("Treatment", 80, risk -> risk.treatment() == null ? (risk.exceedsThreshold() ? "needed" : "")
			: risk.treatment().option().label()),
	RESIDUAL("Residual", 60, risk -> String.valueOf(risk.residualValue()),
			Comparator.comparingInt(RiskAssessment::residualValue)),
	OWNER("Decided by", 110, RiskColumn::owner),
	OVERRIDES("Overrides", 160, risk -> risk.overrides().stream().map(o -> o.factor() + "=" + o.value())
			.collect(Collectors.joining(", ")));

	private final String title;
	private final int width;
	private final Function<RiskAssessment, String> text;
	private final Comparator<RiskAssessment> order;

	RiskColumn(String title, int width, Function<RiskAssessment, String> text) {
		this(title, width, text, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
	}

	RiskColumn(String title, int width, Function<RiskAssessment, String> text, Comparator<RiskAssessment> order) {
		this.title = title;
		this.width = width;
		this.text = text;
		this.order = order;
	}

	String title() {
		return title;
	}

	int width() {
		return width;
	}

	String text(RiskAssessment risk) {
		String value = text.apply(risk);
		return value == null ? "" : value;
	}

	Comparator<RiskAssessment> order() {
		return order;
	}

	/** Who decided about the risk: the treatment's owner, else the last override's author. */
	private static String owner(RiskAssessment risk) {
		if (risk.treatment() != null) {
			return risk.treatment().by();
		}
		return risk.overrides().isEmpty() ? "" : risk.overrides().get(risk.overrides().size() - 1).by();
	}
}
