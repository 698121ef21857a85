package org.threatwright.risk.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.threatwright.risk.assessment.HeatMap;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.method.RiskMethod;

/**
 * The risk register of one model: the method, every finding's risk, and the heat map. What the {@code risk} command
 * lists and exports ({@link RiskRegisterWriter}).
 */
public record RiskRegister(String product, String release, String modelId, LocalDate evaluationDate, RiskMethod method,
		List<RiskAssessment> risks, HeatMap heatMap) {

	public RiskRegister {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(evaluationDate, "evaluationDate");
		risks = List.copyOf(risks);
		product = product == null ? "" : product;
		release = release == null ? "" : release;
	}

	public static RiskRegister of(String product, String release, String modelId, LocalDate evaluationDate,
			RiskMethod method, List<RiskAssessment> risks) {
		return new RiskRegister(product, release, modelId, evaluationDate, method, risks, new HeatMap(method, risks));
	}

	/** The risk of {@code findingId}, if the register has one. */
	public Optional<RiskAssessment> risk(String findingId) {
		return risks.stream().filter(risk -> risk.findingId().equals(findingId)).findFirst();
	}

	public long exceedingThreshold() {
		return risks.stream().filter(RiskAssessment::exceedsThreshold).count();
	}

	public long residualExceedingThreshold() {
		return risks.stream().filter(RiskAssessment::residualExceedsThreshold).count();
	}

	public long treated() {
		return risks.stream().filter(risk -> risk.treatment() != null).count();
	}
}
