package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.ui.risk.HeatMapModel;

/** The heat map's cells from a small risk register: counts of open risks, triage taking risks out, the cell filter. */
class HeatMapModelTest {

	private static final RiskMethod METHOD = RiskMethod.defaultMethod();

	static RiskAssessment risk(String id, int impact, int feasibility) {
		int value = METHOD.value(impact, feasibility);
		return new RiskAssessment(id, "threat " + id, "Spoofing", "high", List.of(new ElementRef("e-" + id, "Lock", "Device")),
				new EnumMap<>(ImpactCategory.class), METHOD.impactScale().level(impact), impact,
				METHOD.feasibilityScale().level(feasibility), feasibility, Map.of(), "", null, value, METHOD.level(value),
				METHOD.exceedsThreshold(value), List.of(), null, value, METHOD.exceedsThreshold(value), List.of());
	}

	private final RiskRegister register = RiskRegister.of("Hub", "1", "m1", LocalDate.of(2026, 11, 23), METHOD,
			List.of(risk("a", 3, 3), risk("b", 3, 3), risk("c", 2, 1), risk("d", 3, 3), risk("e", 0, 0)));

	@Test
	void countsEveryOpenRiskInItsCell() {
		HeatMapModel map = new HeatMapModel(register, id -> TriageStatus.OPEN);
		assertEquals(3, map.count("severe", "high"));
		assertEquals(1, map.count("major", "low"));
		assertEquals(1, map.count(0, 0));
		assertEquals(0, map.count("moderate", "medium"));
		assertEquals(16, map.cells().size());
		HeatMapModel.Cell first = map.cells().get(0);
		assertEquals(List.of("severe", "very low", 2, 0), List.of(first.impact(), first.feasibility(), first.value(), first.count()));
		HeatMapModel.Cell worst = map.cells().get(3);
		assertEquals(List.of("severe", "high", 5, 3), List.of(worst.impact(), worst.feasibility(), worst.value(), worst.count()));
		assertEquals(5, map.openCount());
	}

	@Test
	void mitigatedAndNotApplicableFindingsLeaveTheMapAcceptedOnesStay() {
		Map<String, TriageStatus> triage = Map.of("a", TriageStatus.MITIGATED, "b", TriageStatus.ACCEPTED, "c",
				TriageStatus.NOT_APPLICABLE);
		HeatMapModel map = new HeatMapModel(register, id -> triage.getOrDefault(id, TriageStatus.OPEN));
		assertEquals(2, map.count("severe", "high"), "b (accepted) and d (open) stay");
		assertEquals(0, map.count("major", "low"));
		assertEquals(3, map.openCount());
		assertEquals(5, map.total());
		assertEquals(TriageStatus.MITIGATED, map.statusOf(register.risks().get(0)));
	}

	@Test
	void aCellListsItsRisksAndNoCellListsAll() {
		HeatMapModel map = new HeatMapModel(register, id -> null);
		HeatMapModel.Cell severeHigh = map.cells().get(3);
		assertEquals(List.of("a", "b", "d"), map.risksIn(severeHigh).stream().map(RiskAssessment::findingId).toList());
		assertEquals(5, map.risksIn(null).size());
	}
}
