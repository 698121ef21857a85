package org.threatwright.risk.gate;

import java.util.List;

/**
 * What the gate decided: it passes when there is no reason against the release.
 *
 * @param release the release gated
 * @param reasons every reason against the release, in {@link GateReason.Kind} order and then by subject id
 */
public record GateResult(String release, List<GateReason> reasons) {

    public GateResult {
        reasons = List.copyOf(reasons);
    }

    public boolean passed() {
        return reasons.isEmpty();
    }
}
