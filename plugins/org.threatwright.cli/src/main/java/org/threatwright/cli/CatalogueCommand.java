package org.threatwright.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.threatwright.kb.catalogue.CatalogueConcept;
import org.threatwright.kb.catalogue.CatalogueFormatException;
import org.threatwright.kb.catalogue.CatalogueScheme;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.catalogue.OscalCatalogs;
import org.threatwright.model.io.AtomicFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatwright catalogue list|export|show}: the built-in compliance catalogues and users' own, as NIST OSCAL JSON. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
		description = { "Lists the built-in compliance catalogues, exports one as a NIST OSCAL catalog (JSON),",
				"or reads a user's OSCAL catalog and lists its clauses; comply --catalogue FILE.json reports on it.",
				"See docs/catalogues.md." },
		subcommands = { CatalogueCommand.ListCatalogues.class, CatalogueCommand.Export.class, CatalogueCommand.Show.class })
final class CatalogueCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list, export or show");
	}

	private static final List<ComplyCommand.Catalogue> BUILT_IN = List.of(ComplyCommand.Catalogue.IOTSF,
			ComplyCommand.Catalogue.ZVEI, ComplyCommand.Catalogue.ETSI, ComplyCommand.Catalogue.IEC);

	/** The clauses comply reports on: requirements and reserved numbers, not sections. */
	static List<CatalogueConcept> clauses(Catalogues catalogues, String scheme) {
		return catalogues.concepts(scheme).stream().filter(c -> c.isRequirement() || c.reserved()).toList();
	}

	static String count(List<CatalogueConcept> clauses) {
		long reserved = clauses.stream().filter(CatalogueConcept::reserved).count();
		return clauses.size() + " clauses" + (reserved == 0 ? "" : " (" + reserved + " reserved)");
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "The built-in catalogues: name, title, version, clauses.")
	static final class ListCatalogues implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			Catalogues catalogues = Catalogues.builtIn();
			for (ComplyCommand.Catalogue c : BUILT_IN) {
				CatalogueScheme scheme = catalogues.scheme(c.scheme).orElseThrow();
				out.printf("%-6s %-60s %-10s %s%n", c.name().toLowerCase(java.util.Locale.ROOT), scheme.title(),
						scheme.version() == null ? "-" : scheme.version(), count(clauses(catalogues, c.scheme)));
			}
			out.flush();
			return ExitCode.OK;
		}
	}

	@Command(name = "export", mixinStandardHelpOptions = true,
			description = "Writes a built-in catalogue as a NIST OSCAL 1.1 catalog (JSON) to standard output or FILE.")
	static final class Export implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "iotsf|zvei|etsi|iec", description = "The built-in catalogue to export.")
		String name;

		@Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
		Path out;

		@Override
		public Integer call() {
			ComplyCommand.Catalogue catalogue = CatalogueChoice.builtIn(name);
			if (catalogue == null || catalogue == ComplyCommand.Catalogue.ALL) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"unknown catalogue '" + name + "': expected iotsf, zvei, etsi or iec");
			}
			ByteArrayOutputStream json = new ByteArrayOutputStream();
			try {
				OscalCatalogs.write(Catalogues.builtIn().schemeStatements(catalogue.scheme), json);
				json.write('\n');
				if (out == null) {
					spec.commandLine().getOut().print(json.toString(StandardCharsets.UTF_8));
					spec.commandLine().getOut().flush();
					return ExitCode.OK;
				}
				AtomicFiles.write(out, json.toByteArray());
			} catch (IOException e) {
				spec.commandLine().getErr().println((out == null ? "standard output" : out) + ": error: cannot write the catalogue: "
						+ (e.getMessage() == null ? e.toString() : e.getMessage()));
				return ExitCode.UNREADABLE;
			}
			spec.commandLine().getErr().println("wrote " + out + " ("
					+ count(clauses(Catalogues.builtIn(), catalogue.scheme)) + ")");
			return ExitCode.OK;
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "Reads a NIST OSCAL catalog (JSON) and lists its clauses; a file that cannot be used exits 3 with the place of the problem.")
	static final class Show implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "FILE.json", description = "An OSCAL catalog file.")
		Path file;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			Catalogues catalogues;
			try {
				catalogues = Catalogues.of(OscalCatalogs.read(file));
			} catch (CatalogueFormatException e) {
				err.println("error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			} catch (IOException e) {
				err.println(file + ": error: cannot read: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
				return ExitCode.UNREADABLE;
			}
			PrintWriter out = spec.commandLine().getOut();
			for (CatalogueScheme scheme : catalogues.schemes()) {
				List<CatalogueConcept> clauses = clauses(catalogues, scheme.iri());
				out.println(scheme.title() + (scheme.version() == null ? "" : " " + scheme.version()) + ": "
						+ count(clauses) + " <" + scheme.iri() + ">");
				int width = clauses.stream().mapToInt(c -> c.notation() == null ? 0 : c.notation().length()).max().orElse(0);
				for (CatalogueConcept c : clauses) {
					out.printf("  %-" + Math.max(1, width) + "s %s%n", c.notation(),
							c.reserved() ? "(reserved)" : c.label() == null ? "" : c.label());
				}
			}
			out.flush();
			return ExitCode.OK;
		}
	}
}
