package org.threatwright.risk.gate;

import java.util.Locale;
import java.util.Objects;

/**
 * The risk of one finding as the gate sees it.
 *
 * @param findingId                the finding the risk is about (a risk is named by its finding)
 * @param value                    the initial risk value
 * @param residualValue            the value after treatment (equal to {@code value} when nothing lowers it)
 * @param exceedsThreshold         whether the initial value exceeds the acceptance threshold
 * @param residualExceedsThreshold whether the residual value exceeds it
 * @param treatment                the treatment a person decided; null when none was decided
 */
public record GateRisk(String findingId, int value, int residualValue, boolean exceedsThreshold,
        boolean residualExceedsThreshold, Treatment treatment) {

    /** ISO/SAE 21434 risk treatment options. */
    public enum Treatment {
        AVOID, REDUCE, SHARE, RETAIN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public GateRisk {
        Objects.requireNonNull(findingId, "findingId");
    }
}
