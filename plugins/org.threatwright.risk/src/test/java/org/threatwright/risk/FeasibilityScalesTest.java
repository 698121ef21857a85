package org.threatwright.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.threatwright.risk.feasibility.AttackPotential;
import org.threatwright.risk.feasibility.AttackPotential.ElapsedTime;
import org.threatwright.risk.feasibility.AttackPotential.Equipment;
import org.threatwright.risk.feasibility.AttackPotential.Expertise;
import org.threatwright.risk.feasibility.AttackPotential.Knowledge;
import org.threatwright.risk.feasibility.AttackPotential.Window;
import org.threatwright.risk.feasibility.AttackVector;
import org.threatwright.risk.feasibility.Cvss;
import org.threatwright.risk.feasibility.FeasibilityRating;

/** The Annex G tables and the boundaries between ratings, exactly. */
class FeasibilityScalesTest {

	@Test
	void attackPotentialBoundaries() {
		assertEquals(FeasibilityRating.HIGH, AttackPotential.ratingOf(0));
		assertEquals(FeasibilityRating.HIGH, AttackPotential.ratingOf(9));
		assertEquals(FeasibilityRating.MEDIUM, AttackPotential.ratingOf(10));
		assertEquals(FeasibilityRating.MEDIUM, AttackPotential.ratingOf(13));
		assertEquals(FeasibilityRating.LOW, AttackPotential.ratingOf(14));
		assertEquals(FeasibilityRating.LOW, AttackPotential.ratingOf(19));
		assertEquals(FeasibilityRating.VERY_LOW, AttackPotential.ratingOf(20));
		assertEquals("an attack potential is 0 or more, was -1",
				assertThrows(IllegalArgumentException.class, () -> AttackPotential.ratingOf(-1)).getMessage());
	}

	@Test
	void attackPotentialPointsAreTheAnnexGTable() {
		assertEquals(0 + 3 + 7 + 4 + 4, new AttackPotential(ElapsedTime.ONE_DAY, Expertise.PROFICIENT, Knowledge.CONFIDENTIAL,
				Window.MODERATE, Equipment.SPECIALIZED).points());
		AttackPotential worst = new AttackPotential(ElapsedTime.MORE, Expertise.MULTIPLE_EXPERTS, Knowledge.STRICTLY_CONFIDENTIAL,
				Window.DIFFICULT, Equipment.MULTIPLE_BESPOKE);
		assertEquals(19 + 8 + 11 + 10 + 9, worst.points());
		assertEquals(FeasibilityRating.VERY_LOW, worst.rating());
		assertEquals(1 + 6 + 3 + 1 + 7, new AttackPotential(ElapsedTime.ONE_WEEK, Expertise.EXPERT, Knowledge.RESTRICTED,
				Window.EASY, Equipment.BESPOKE).points());
		assertEquals(4 + 17, ElapsedTime.ONE_MONTH.points() + ElapsedTime.SIX_MONTHS.points());
	}

	@Test
	void cvssExploitability() {
		Cvss easiest = new Cvss(AttackVector.NETWORK, Cvss.Complexity.LOW, Cvss.Privileges.NONE, Cvss.Interaction.NONE);
		assertEquals(new BigDecimal("3.89"), easiest.exploitability());
		assertEquals(FeasibilityRating.HIGH, easiest.rating());
		Cvss adjacent = new Cvss(AttackVector.ADJACENT, Cvss.Complexity.LOW, Cvss.Privileges.NONE, Cvss.Interaction.NONE);
		assertEquals(new BigDecimal("2.84"), adjacent.exploitability()); // 8.22 × 0.62 × 0.77 × 0.85 × 0.85 = 2.8358
		assertEquals(FeasibilityRating.MEDIUM, adjacent.rating());
		Cvss physical = new Cvss(AttackVector.PHYSICAL, Cvss.Complexity.HIGH, Cvss.Privileges.HIGH, Cvss.Interaction.REQUIRED);
		assertEquals(new BigDecimal("0.12"), physical.exploitability()); // 0.1203
		assertEquals(FeasibilityRating.VERY_LOW, physical.rating());
	}

	@Test
	void cvssBoundaries() {
		assertEquals(FeasibilityRating.HIGH, Cvss.ratingOf(new BigDecimal("2.96")));
		assertEquals(FeasibilityRating.MEDIUM, Cvss.ratingOf(new BigDecimal("2.95")));
		assertEquals(FeasibilityRating.MEDIUM, Cvss.ratingOf(new BigDecimal("2.00")));
		assertEquals(FeasibilityRating.LOW, Cvss.ratingOf(new BigDecimal("1.99")));
		assertEquals(FeasibilityRating.LOW, Cvss.ratingOf(new BigDecimal("1.06")));
		assertEquals(FeasibilityRating.VERY_LOW, Cvss.ratingOf(new BigDecimal("1.05")));
	}

	@Test
	void attackVectorRatings() {
		assertEquals(FeasibilityRating.HIGH, AttackVector.NETWORK.rating());
		assertEquals(FeasibilityRating.MEDIUM, AttackVector.ADJACENT.rating());
		assertEquals(FeasibilityRating.LOW, AttackVector.LOCAL.rating());
		assertEquals(FeasibilityRating.VERY_LOW, AttackVector.PHYSICAL.rating());
	}
}
