package org.threatwright.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.risk.assessment.RiskAssessor;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.feasibility.AttackPotential;
import org.threatwright.risk.feasibility.Factor;
import org.threatwright.risk.method.FeasibilityApproach;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskLevel;
import org.threatwright.risk.method.RiskMatrix;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.method.Scale;

/** Raising feasibility or impact never lowers the risk value: random matrices, random factor raises (seeded). */
class MonotonicityPropertyTest {

	private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void raisingImpactOrFeasibilityNeverLowersTheValueOfARandomMatrix() {
		Random random = new Random(21434);
		for (int trial = 0; trial < 500; trial++) {
			int rows = 2 + random.nextInt(5);
			int columns = 2 + random.nextInt(5);
			int[][] values = new int[rows][columns];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					int floor = Math.max(r > 0 ? values[r - 1][c] : 1, c > 0 ? values[r][c - 1] : 1);
					values[r][c] = floor + random.nextInt(2);
				}
			}
			RiskMatrix matrix = new RiskMatrix(values);
			for (int step = 0; step < 50; step++) {
				int i = random.nextInt(rows);
				int f = random.nextInt(columns);
				int higherI = i + random.nextInt(rows - i);
				int higherF = f + random.nextInt(columns - f);
				assertTrue(matrix.value(higherI, higherF) >= matrix.value(i, f), matrix + " at " + i + "," + f);
			}
		}
	}

	/**
	 * Random overrides of the worked lock finding (impact categories and attack-potential factors), then one factor
	 * raised: one impact category a level up, or one attack-potential factor to a value with fewer points (more
	 * feasible). The value never falls.
	 */
	@Test
	void raisingAFactorNeverLowersTheAssessedValue() {
		Random random = new Random(7);
		WorkedModel worked = new WorkedModel();
		Finding finding = WorkedModel.finding("tamper", Stride.TAMPERING, Severity.HIGH, worked.lock);
		List<RiskMethod> methods = List.of(RiskMethod.defaultMethod(),
				WorkedExamplesTest.withApproach(FeasibilityApproach.ATTACK_POTENTIAL), fiveLevels());
		for (int trial = 0; trial < 300; trial++) {
			RiskMethod method = methods.get(random.nextInt(methods.size()));
			List<FactorOverride> overrides = new ArrayList<>();
			for (ImpactCategory category : ImpactCategory.values()) {
				if (random.nextBoolean()) {
					overrides.add(override(finding, category.factor(),
							method.impactScale().level(random.nextInt(method.impactScale().size()))));
				}
			}
			for (Class<? extends Factor> type : factorTypes()) {
				if (random.nextBoolean()) {
					Factor[] constants = type.getEnumConstants();
					overrides.add(override(finding, name(type), constants[random.nextInt(constants.length)].label()));
				}
			}
			int before = value(method, worked, finding, overrides);
			List<FactorOverride> raised = new ArrayList<>(overrides);
			if (random.nextBoolean()) {
				ImpactCategory category = ImpactCategory.values()[random.nextInt(4)];
				int current = method.impactScale().indexOf(currentImpact(method, worked, finding, overrides, category));
				raised.add(override(finding, category.factor(),
						method.impactScale().level(Math.min(method.impactScale().size() - 1, current + 1)), AT.plusSeconds(1)));
			} else {
				Class<? extends Factor> type = factorTypes().get(random.nextInt(factorTypes().size()));
				String current = new RiskAssessor(method, worked.model, List.of(finding), new RiskDecisions(overrides, List.of()))
						.assessments().get(0).feasibilityFactors().get(name(type));
				Factor[] constants = type.getEnumConstants();
				int at = 0;
				while (!constants[at].label().equals(current)) {
					at++;
				}
				// constants are in rising points: one to the left is more feasible
				raised.add(override(finding, name(type), constants[Math.max(0, at - 1)].label(), AT.plusSeconds(1)));
			}
			int after = value(method, worked, finding, raised);
			assertTrue(after >= before, "trial " + trial + ": " + before + " → " + after + " with " + raised);
		}
	}

	private static String currentImpact(RiskMethod method, WorkedModel worked, Finding finding, List<FactorOverride> overrides,
			ImpactCategory category) {
		return new RiskAssessor(method, worked.model, List.of(finding), new RiskDecisions(overrides, List.of())).assessments()
				.get(0).impacts().get(category);
	}

	private static int value(RiskMethod method, WorkedModel worked, Finding finding, List<FactorOverride> overrides) {
		return new RiskAssessor(method, worked.model, List.of(finding), new RiskDecisions(overrides, List.of())).assessments()
				.get(0).value();
	}

	private static List<Class<? extends Factor>> factorTypes() {
		return List.of(AttackPotential.ElapsedTime.class, AttackPotential.Expertise.class, AttackPotential.Knowledge.class,
				AttackPotential.Window.class, AttackPotential.Equipment.class);
	}

	private static String name(Class<? extends Factor> type) {
		return switch (type.getSimpleName()) {
			case "ElapsedTime" -> "elapsedTime";
			case "Expertise" -> "expertise";
			case "Knowledge" -> "knowledge";
			case "Window" -> "window";
			default -> "equipment";
		};
	}

	private static FactorOverride override(Finding finding, String factor, String value) {
		return override(finding, factor, value, AT);
	}

	private static FactorOverride override(Finding finding, String factor, String value, Instant at) {
		return new FactorOverride(finding.id(), factor, value, "tester", at, "property test");
	}

	private static RiskMethod fiveLevels() {
		return new RiskMethod("5x5", new Scale("impact", List.of("i1", "i2", "i3", "i4", "i5")),
				new Scale("feasibility", List.of("f1", "f2", "f3", "f4", "f5")), FeasibilityApproach.ATTACK_POTENTIAL,
				new RiskMatrix(new int[][] { { 1, 1, 1, 2, 2 }, { 1, 2, 2, 3, 3 }, { 1, 2, 3, 3, 4 }, { 2, 3, 3, 4, 5 },
						{ 2, 3, 4, 5, 5 } }),
				3, List.of(RiskLevel.values()));
	}
}
