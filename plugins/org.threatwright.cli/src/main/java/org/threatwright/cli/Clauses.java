package org.threatwright.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.risk.requirements.RequirementTemplate;

/**
 * Catalogue clauses as typed on the command line, {@code <catalogue>:<notation>} as for {@code trace}
 * ({@code zvei:1.4}, {@code iotsf:2.4.3.24}, {@code etsi:5.5-1}, {@code iec:SM-9}; {@code /} instead of {@code :} and
 * the full catalogue ids {@code zvei-hpr}, {@code etsi-en-303-645}, {@code iec-62443-4-1} work too), and back.
 */
final class Clauses {

	private static final Map<String, String> ALIASES = Map.of("zvei", "zvei-hpr", "etsi", "etsi-en-303-645", "iec",
			"iec-62443-4-1");

	private Clauses() {
	}

	/**
	 * The IRIs of {@code typed}.
	 *
	 * @throws IllegalArgumentException naming a clause that is malformed or not a clause of a built-in catalogue
	 */
	static List<String> resolve(Collection<String> typed) {
		Catalogues catalogues = Catalogues.builtIn();
		List<String> iris = new ArrayList<>();
		for (String clause : typed) {
			int colon = clause.indexOf(':');
			int slash = colon >= 0 ? colon : clause.indexOf('/');
			if (slash <= 0 || slash == clause.length() - 1) {
				throw new IllegalArgumentException("clause '" + clause + "' is not CATALOGUE:NOTATION, e.g. zvei:1.4 or iotsf:2.4.3.24");
			}
			String catalogue = clause.substring(0, slash);
			String scheme = RequirementTemplate.CLAUSE_BASE + ALIASES.getOrDefault(catalogue, catalogue);
			String notation = clause.substring(slash + 1);
			String iri = catalogues.concept(scheme, notation).map(concept -> concept.iri())
					.orElseThrow(() -> new IllegalArgumentException("no clause " + notation + " in the catalogue '"
							+ catalogue + "' (catalogues: iotsf, zvei, etsi, iec)"));
			iris.add(iri);
		}
		return iris;
	}

	/** {@code https://threatwright.org/catalogue/zvei-hpr/1.2} → {@code zvei-hpr/1.2}. */
	static String shortForm(String iri) {
		return iri.startsWith(RequirementTemplate.CLAUSE_BASE) ? iri.substring(RequirementTemplate.CLAUSE_BASE.length()) : iri;
	}

	static List<String> shortForms(Collection<String> iris) {
		return iris.stream().map(Clauses::shortForm).toList();
	}
}
