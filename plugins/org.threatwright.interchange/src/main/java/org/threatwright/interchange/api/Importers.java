package org.threatwright.interchange.api;

import org.threatwright.interchange.otm.OtmImporter;
import org.threatwright.interchange.threagile.ThreagileImporter;
import org.threatwright.interchange.threatdragon.ThreatDragonImporter;
import org.threatwright.interchange.tmt.TmtImporter;

/** The importer of each format that makes a new model (CycloneDX adds to an existing one: {@code CycloneDxImporter}). */
public final class Importers {

	private Importers() {
	}

	/**
	 * The importer for {@code format}.
	 *
	 * @throws IllegalArgumentException for {@link ImportFormat#CYCLONEDX}, which imports into an element of an existing
	 *                                  model
	 */
	public static ModelImporter of(ImportFormat format) {
		return switch (format) {
		case OTM -> new OtmImporter();
		case THREAT_DRAGON -> new ThreatDragonImporter();
		case TMT -> new TmtImporter();
		case THREAGILE -> new ThreagileImporter();
		case CYCLONEDX -> throw new IllegalArgumentException(
				"a CycloneDX SBOM is imported into an element of an existing model (CycloneDxImporter)");
		};
	}
}
