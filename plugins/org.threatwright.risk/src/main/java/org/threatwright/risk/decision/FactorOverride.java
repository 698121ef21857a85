package org.threatwright.risk.decision;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's judgement replacing one computed factor of a finding's risk: an impact category
 * ({@code impact.safety}), the feasibility itself ({@code feasibility}) or a factor of the feasibility approach
 * ({@code elapsedTime}, {@code attackVector}, ...), with who, when and why.
 *
 * @param findingId the finding whose risk it changes
 * @param factor    the factor's name
 * @param value     the new value: a level of the method's scale or a label of the approach factor
 * @param by        who decided
 * @param at        when
 * @param why       the reason, required
 */
public record FactorOverride(String findingId, String factor, String value, String by, Instant at, String why) {

	public FactorOverride {
		require(findingId, "a finding id");
		require(factor, "a factor");
		require(value, "a value");
		require(by, "who decided (--by)");
		Objects.requireNonNull(at, "at");
		require(why, "a reason (--why)");
	}

	static void require(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("an override needs " + what);
		}
	}
}
