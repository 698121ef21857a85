package org.threatwright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.threatwright.kb.catalogue.CatalogueScheme;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.catalogue.OscalCatalogs;

/**
 * The catalogues a command reports on, as typed: a built-in name ({@code iotsf|zvei|etsi|iec|all}) or the path of
 * a user's NIST OSCAL catalog JSON file, whose schemes replace the built-in ones.
 *
 * @param catalogues where the clauses come from
 * @param schemes the scheme IRIs to report on, in order
 */
record CatalogueChoice(Catalogues catalogues, List<String> schemes) {

	/** What is typed does not name a catalogue: wrong usage. */
	static final class UnknownCatalogue extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		UnknownCatalogue(String message) {
			super(message);
		}
	}

	/**
	 * The catalogues {@code typed} names.
	 *
	 * @throws UnknownCatalogue if it is neither a built-in name nor a {@code .json} file that exists
	 * @throws IOException if the file cannot be read
	 * @throws org.threatwright.kb.catalogue.CatalogueFormatException if the file is not an OSCAL catalog (naming
	 *         file, line and column, or the JSON path)
	 */
	static CatalogueChoice resolve(String typed) throws IOException {
		ComplyCommand.Catalogue builtIn = builtIn(typed);
		if (builtIn != null) {
			return new CatalogueChoice(Catalogues.builtIn(), builtIn.schemes());
		}
		if (!typed.toLowerCase(Locale.ROOT).endsWith(".json")) {
			throw new UnknownCatalogue("unknown catalogue '" + typed
					+ "': expected iotsf, zvei, etsi, iec, all or an OSCAL catalog FILE.json");
		}
		Path file = Path.of(typed);
		if (!Files.isRegularFile(file)) {
			throw new UnknownCatalogue("no such catalogue file: " + typed);
		}
		Catalogues mine = Catalogues.of(OscalCatalogs.read(file));
		return new CatalogueChoice(mine, mine.schemes().stream().map(CatalogueScheme::iri).toList());
	}

	/** The built-in catalogue of this name (any case), or null. */
	static ComplyCommand.Catalogue builtIn(String name) {
		for (ComplyCommand.Catalogue c : ComplyCommand.Catalogue.values()) {
			if (c.name().equalsIgnoreCase(name)) {
				return c;
			}
		}
		return null;
	}
}
