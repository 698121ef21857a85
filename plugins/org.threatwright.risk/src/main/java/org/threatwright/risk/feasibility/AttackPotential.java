package org.threatwright.risk.feasibility;

import java.util.Objects;

/**
 * The attack-potential factors of ISO/SAE 21434 Annex G (after ISO/IEC 18045) and their sum. The sum rates
 * feasibility: 0-9 high, 10-13 medium, 14-19 low, 20 or more very low.
 */
public record AttackPotential(ElapsedTime elapsedTime, Expertise expertise, Knowledge knowledge, Window window,
		Equipment equipment) {

	public AttackPotential {
		Objects.requireNonNull(elapsedTime, "elapsedTime");
		Objects.requireNonNull(expertise, "expertise");
		Objects.requireNonNull(knowledge, "knowledge");
		Objects.requireNonNull(window, "window");
		Objects.requireNonNull(equipment, "equipment");
	}

	/** A factor value of Annex G: its label and the points it adds to the attack potential. */
	public record Points(String label, int points) {
	}

	/** A factor whose values carry {@link Points}: the label and points come from there. */
	public interface Rated extends Factor {
		Points value();

		@Override
		default String label() {
			return value().label();
		}

		default int points() {
			return value().points();
		}
	}

	/** Elapsed time to identify and carry out the attack. */
	public enum ElapsedTime implements Rated {
		ONE_DAY("≤1 day", 0), ONE_WEEK("≤1 week", 1), ONE_MONTH("≤1 month", 4), SIX_MONTHS("≤6 months", 17),
		MORE("more than 6 months", 19);

		private final Points points;

		ElapsedTime(String label, int points) {
			this.points = new Points(label, points);
		}

		@Override
		public Points value() {
			return points;
		}
	}

	/** Specialist expertise the attacker needs. */
	public enum Expertise implements Rated {
		LAYMAN("layman", 0), PROFICIENT("proficient", 3), EXPERT("expert", 6), MULTIPLE_EXPERTS("multiple experts", 8);

		private final Points points;

		Expertise(String label, int points) {
			this.points = new Points(label, points);
		}

		@Override
		public Points value() {
			return points;
		}
	}

	/** Knowledge of the item (the product) the attacker needs. */
	public enum Knowledge implements Rated {
		PUBLIC("public", 0), RESTRICTED("restricted", 3), CONFIDENTIAL("confidential", 7),
		STRICTLY_CONFIDENTIAL("strictly confidential", 11);

		private final Points points;

		Knowledge(String label, int points) {
			this.points = new Points(label, points);
		}

		@Override
		public Points value() {
			return points;
		}
	}

	/** Window of opportunity: how long and how easily the attacker gets access to the target. */
	public enum Window implements Rated {
		UNLIMITED("unlimited", 0), EASY("easy", 1), MODERATE("moderate", 4), DIFFICULT("difficult", 10);

		private final Points points;

		Window(String label, int points) {
			this.points = new Points(label, points);
		}

		@Override
		public Points value() {
			return points;
		}
	}

	/** Equipment the attacker needs. */
	public enum Equipment implements Rated {
		STANDARD("standard", 0), SPECIALIZED("specialized", 4), BESPOKE("bespoke", 7), MULTIPLE_BESPOKE("multiple bespoke", 9);

		private final Points points;

		Equipment(String label, int points) {
			this.points = new Points(label, points);
		}

		@Override
		public Points value() {
			return points;
		}
	}

	/** The attack potential: the sum of the five factors' points. */
	public int points() {
		return elapsedTime.points() + expertise.points() + knowledge.points() + window.points() + equipment.points();
	}

	public FeasibilityRating rating() {
		return ratingOf(points());
	}

	/** 0-9 high, 10-13 medium, 14-19 low, 20 or more very low. */
	public static FeasibilityRating ratingOf(int points) {
		if (points < 0) {
			throw new IllegalArgumentException("an attack potential is 0 or more, was " + points);
		}
		return points <= 9 ? FeasibilityRating.HIGH
				: points <= 13 ? FeasibilityRating.MEDIUM : points <= 19 ? FeasibilityRating.LOW : FeasibilityRating.VERY_LOW;
	}

	/** {@code 4 (elapsed time ≤1 month 4 + expertise proficient 3 + ...)} */
	public String describe() {
		return points() + " (elapsed time " + elapsedTime.label() + " " + elapsedTime.points() + " + expertise "
				+ expertise.label() + " " + expertise.points() + " + knowledge of the item " + knowledge.label() + " "
				+ knowledge.points() + " + window of opportunity " + window.label() + " " + window.points() + " + equipment "
				+ equipment.label() + " " + equipment.points() + ")";
	}
}
