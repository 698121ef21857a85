package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFileException.Problem;
import org.threatwright.ui.session.LoadErrors;

class LoadErrorsTest {

	private final Path file = Path.of("/models/hub.tw");

	@Test
	void singleProblemIsTheExceptionMessage() {
		ModelFileException e = new ModelFileException(List.of(new Problem(file, 12, 7, "unknown element type")), null);

		String message = LoadErrors.message(e);

		assertTrue(message.startsWith("/models/hub.tw:12:7: unknown element type\n"), message);
		assertFalse(message.contains("All problems"), message);
	}

	@Test
	void everyProblemIsListedWhenThereAreSeveral() {
		ModelFileException e = new ModelFileException(List.of(new Problem(file, 3, 1, "first"),
				new Problem(file, 9, 4, "second")), null);

		String message = LoadErrors.message(e);

		assertTrue(message.startsWith(e.getMessage()), message);
		assertTrue(message.contains("\n/models/hub.tw:3:1: first\n/models/hub.tw:9:4: second"), message);
	}

	@Test
	void longListsAreCut() {
		List<Problem> problems = java.util.stream.IntStream.rangeClosed(1, 25)
				.mapToObj(i -> new Problem(file, i, 1, "problem " + i)).toList();

		String message = LoadErrors.message(new ModelFileException(problems, null));

		assertTrue(message.contains("problem 10\n... and 15 more"), message);
		assertFalse(message.contains("problem 11\n"), message);
	}
}
