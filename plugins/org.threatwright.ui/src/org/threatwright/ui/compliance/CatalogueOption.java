package org.threatwright.ui.compliance;

import java.util.ArrayList;
import java.util.List;

import org.threatwright.kb.catalogue.Catalogues;

/**
 * A catalogue the dashboard and the traceability matrix offer: the built-in ones, one at a time or all, as
 * {@code threatwright comply --catalogue iotsf|zvei|etsi|iec|all} names them.
 *
 * @param label   what the combo shows
 * @param schemes the catalogue schemes' IRIs
 */
public record CatalogueOption(String label, List<String> schemes) {

	/** Each built-in catalogue alone. */
	public static final List<CatalogueOption> SINGLE = List.of(
			new CatalogueOption("IoTSF 2.4.3", List.of(Catalogues.IOTSF)),
			new CatalogueOption("ZVEI HPR", List.of(Catalogues.ZVEI_HPR)),
			new CatalogueOption("ETSI EN 303 645", List.of(Catalogues.ETSI_EN_303_645)),
			new CatalogueOption("IEC 62443-4-1", List.of(Catalogues.IEC_62443_4_1)));

	/** Each built-in catalogue, then all of them. */
	public static final List<CatalogueOption> ALL;

	static {
		List<CatalogueOption> all = new ArrayList<>(SINGLE);
		all.add(new CatalogueOption("All built-in catalogues", SINGLE.stream().map(CatalogueOption::scheme).toList()));
		ALL = List.copyOf(all);
	}

	public CatalogueOption {
		schemes = List.copyOf(schemes);
	}

	/** The first (for a single catalogue, the only) scheme. */
	public String scheme() {
		return schemes.get(0);
	}
}
