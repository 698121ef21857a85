package org.threatwright.analysis.engine;

/**
 * What the last update of an {@link IncrementalThreatAnalysis} re-evaluated: either a full derivation, and
 * why, or a focus of so many elements, flows and suppliers.
 *
 * @param fullDerivation whether every rule ran on the whole model
 * @param reason         why it was a full derivation, or null for a focused one
 * @param focusElements  elements re-evaluated (all of them after a full derivation)
 * @param focusFlows     flows re-evaluated
 * @param focusSuppliers suppliers re-evaluated
 * @param replaced       findings dropped and derived again (after a full derivation: all findings)
 */
public record IncrementalUpdate(boolean fullDerivation, String reason, int focusElements, int focusFlows,
		int focusSuppliers, int replaced) {

	/** Elements, flows and suppliers re-evaluated. */
	public int focusSize() {
		return focusElements + focusFlows + focusSuppliers;
	}
}
