package org.threatwright.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The application's own command-line options, i.e. what remains after Equinox has taken its options
 * such as {@code -data}. Today that is {@code --model FILE} (or {@code --model=FILE}): a model to open at
 * start-up. Anything else is left alone, because the test harness and Eclipse add arguments of their own.
 */
public final class ProgramArguments {

	public static final String MODEL_OPTION = "--model";

	private ProgramArguments() {
	}

	/**
	 * The model file to open at start-up, resolved against the working directory.
	 *
	 * @throws IllegalArgumentException if {@code --model} is given without a file
	 */
	public static Optional<Path> modelFile(String[] args) {
		if (args == null) {
			return Optional.empty();
		}
		Path found = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals(MODEL_OPTION)) {
				if (i + 1 >= args.length || args[i + 1].isBlank()) {
					throw new IllegalArgumentException(MODEL_OPTION + " needs a model file, e.g. " + MODEL_OPTION
							+ " product.tw");
				}
				found = Path.of(args[++i]);
			} else if (arg.startsWith(MODEL_OPTION + "=")) {
				String value = arg.substring(MODEL_OPTION.length() + 1);
				if (value.isBlank()) {
					throw new IllegalArgumentException(MODEL_OPTION + "= needs a model file");
				}
				found = Path.of(value);
			}
		}
		// the last --model wins, as with most command-line tools
		return Optional.ofNullable(found).map(Path::toAbsolutePath);
	}
}
