package org.threatwright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code threatwright} command: the headless face of Threatwright, for people and CI pipelines. */
@Command(name = "threatwright", mixinStandardHelpOptions = true, versionProvider = ThreatwrightCommand.Version.class,
		description = "Threat modelling and risk analysis for IoT products.",
		subcommands = { ValidateCommand.class, InfoCommand.class, AnalyzeCommand.class, TriageCommand.class, RulesCommand.class,
				BenchCommand.class, ServeCommand.class, KbBenchCommand.class, ComplyCommand.class, CatalogueCommand.class, BenchComplyCommand.class,
				TraceCommand.class, TraceBenchCommand.class, RiskCommand.class, RiskBenchCommand.class,
				RequirementCommand.class, ControlCommand.class, VerifyCommand.class, GateCommand.class,
				DecisionCommand.class, BaselineCommand.class, DiffCommand.class, ImpactCommand.class, AuditCommand.class,
				ArchiveCommand.class, BenchDiffCommand.class,
				ImportCommand.class, ExportCommand.class,
				ReportCommand.class,
				CommandLine.HelpCommand.class },
		footer = { "", "Exit codes: 0 success, 1 the model has errors or a gate failed, 2 wrong usage, 3 a file cannot be read,",
				"4 the analysis is incomplete (a rule failed)." })
public final class ThreatwrightCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		System.exit(newCommandLine().execute(args));
	}

	/** The configured command line; tests execute it in-process. */
	public static CommandLine newCommandLine() {
		return new CommandLine(new ThreatwrightCommand()).setCaseInsensitiveEnumValuesAllowed(true);
	}

	static final class Version implements IVersionProvider {
		@Override
		public String[] getVersion() throws IOException {
			Properties properties = new Properties();
			try (InputStream in = ThreatwrightCommand.class.getResourceAsStream("version.properties")) {
				if (in != null) {
					properties.load(in);
				}
			}
			return new String[] { "Threatwright " + properties.getProperty("version", "(development)"),
					"Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")" };
		}
	}
}
