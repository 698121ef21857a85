package org.threatwright.cli;

import org.threatwright.model.SystemModel;
import org.threatwright.model.synthetic.SyntheticModels;

import picocli.CommandLine.Option;

/** The synthetic model a bench command measures on: size, density and seed, the same options everywhere. */
final class SyntheticModelOptions {

	@Option(names = "--elements", defaultValue = "10000", description = "Elements (default: ${DEFAULT-VALUE}).")
	int elements;

	@Option(names = "--flows-per-element", defaultValue = "5", description = "Flows per element (default: ${DEFAULT-VALUE}).")
	int flowsPerElement;

	@Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
	long seed;

	SystemModel generate() {
		return SyntheticModels.generate(elements, flowsPerElement, seed);
	}
}
