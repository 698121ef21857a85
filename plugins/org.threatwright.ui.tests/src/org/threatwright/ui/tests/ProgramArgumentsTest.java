package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.threatwright.ui.ProgramArguments;

class ProgramArgumentsTest {

	@Test
	void modelOptionWithSeparateValue() {
		assertEquals(Optional.of(Path.of("/models/hub.tw")),
				ProgramArguments.modelFile(new String[] { "-consoleLog", "--model", "/models/hub.tw" }));
	}

	@Test
	void modelOptionWithEqualsSign() {
		assertEquals(Optional.of(Path.of("/models/hub.tw")), ProgramArguments.modelFile(new String[] { "--model=/models/hub.tw" }));
	}

	@Test
	void relativeFileIsResolvedAgainstTheWorkingDirectory() {
		Path file = ProgramArguments.modelFile(new String[] { "--model", "hub.tw" }).orElseThrow();
		assertTrue(file.isAbsolute());
		assertEquals(Path.of("hub.tw").toAbsolutePath(), file);
	}

	@Test
	void otherArgumentsAreIgnored() {
		assertEquals(Optional.empty(), ProgramArguments.modelFile(new String[] { "-testApplication", "x", "-model", "y" }));
		assertEquals(Optional.empty(), ProgramArguments.modelFile(null));
	}

	@Test
	void modelOptionWithoutFileIsAnError() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ProgramArguments.modelFile(new String[] { "--model" }));
		assertTrue(e.getMessage().contains("--model needs a model file"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ProgramArguments.modelFile(new String[] { "--model=" }));
	}
}
