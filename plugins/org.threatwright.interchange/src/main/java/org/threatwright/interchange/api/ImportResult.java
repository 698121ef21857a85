package org.threatwright.interchange.api;

import java.util.List;
import java.util.Objects;

import org.threatwright.model.SystemModel;

/**
 * What an import produced: the model, everything in the file it could not map, and the threats the file recorded.
 */
public record ImportResult(SystemModel model, List<Unmapped> unmapped, List<SourceThreat> threats) {

	public ImportResult {
		Objects.requireNonNull(model, "model");
		unmapped = List.copyOf(unmapped);
		threats = List.copyOf(threats);
	}
}
