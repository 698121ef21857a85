package org.threatwright.diagram.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotationFilesTest {

	@TempDir
	Path dir;

	@Test
	void roundTripKeepsBoundsAndRoutesAndWritesSortedKeys() throws Exception {
		DiagramNotation notation = new DiagramNotation();
		notation.putBounds("b-2", new Bounds(10.04, 20, 150, 60));
		notation.putBounds("a-1", new Bounds(-5, 7.5, 320, 200));
		notation.putRoute("f-1", List.of(new Point(1, 2), new Point(3.25, 4)));
		Path file = dir.resolve("m.tw.notation.json");
		NotationFiles.save(notation, file);
		DiagramNotation read = NotationFiles.load(file);
		assertEquals(new Bounds(10.0, 20, 150, 60), read.bounds("b-2").orElseThrow());
		assertEquals(new Bounds(-5, 7.5, 320, 200), read.bounds("a-1").orElseThrow());
		assertEquals(List.of(new Point(1, 2), new Point(3.3, 4)), read.route("f-1"));
		String text = Files.readString(file);
		assertTrue(text.indexOf("\"a-1\"") < text.indexOf("\"b-2\""), text);
		assertEquals(text, NotationFiles.toJson(read), "saving what was read changes nothing");
	}

	@Test
	void theNotationFileSitsBesideTheModel() {
		assertEquals(Path.of("x", "hub.tw.notation.json"), NotationFiles.notationFileOf(Path.of("x", "hub.tw")));
	}

	@Test
	void aMissingFileIsAnEmptyNotation() throws Exception {
		assertTrue(NotationFiles.load(dir.resolve("none.json")).isEmpty());
	}

	@Test
	void badInputNamesFileLineAndProblem() throws Exception {
		Path broken = dir.resolve("broken.json");
		Files.writeString(broken, "{\n\"format\": \"threatwright-notation\",\n\"version\": 1,\n\"nodes\": {\"a\": {\"x\": 1,,}}}");
		NotationFileException e = assertThrows(NotationFileException.class, () -> NotationFiles.load(broken));
		assertTrue(e.getMessage().startsWith(broken + ":4: not valid JSON"), e.getMessage());

		Path wrongFormat = dir.resolve("other.json");
		Files.writeString(wrongFormat, "{\"format\": \"something-else\"}");
		e = assertThrows(NotationFileException.class, () -> NotationFiles.load(wrongFormat));
		assertEquals(wrongFormat + ": not a notation file: \"format\" must be \"threatwright-notation\"", e.getMessage());

		Path badNumber = dir.resolve("nan.json");
		Files.writeString(badNumber, "{\"format\": \"threatwright-notation\", \"version\": 1, \"nodes\": {\"n1\": {\"x\": \"left\", \"y\": 0, \"w\": 1, \"h\": 1}}}");
		e = assertThrows(NotationFileException.class, () -> NotationFiles.load(badNumber));
		assertEquals(badNumber + ": nodes.n1: \"x\" must be a number, found \"left\"", e.getMessage());

		Path negative = dir.resolve("neg.json");
		Files.writeString(negative, "{\"format\": \"threatwright-notation\", \"version\": 1, \"nodes\": {\"n1\": {\"x\": 0, \"y\": 0, \"w\": -1, \"h\": 1}}}");
		e = assertThrows(NotationFileException.class, () -> NotationFiles.load(negative));
		assertEquals(negative + ": nodes.n1: negative size: -1.0 x 1.0", e.getMessage());
	}

	@Test
	void notationCommandsUndoAndRedo() {
		DiagramNotation notation = new DiagramNotation();
		notation.putBounds("a", new Bounds(0, 0, 10, 10));
		NotationCommand command = new NotationCommand(notation, "move").bounds("a", new Bounds(5, 5, 10, 10)).bounds("b", new Bounds(1, 1, 1, 1));
		command.execute();
		assertEquals(new Bounds(5, 5, 10, 10), notation.bounds("a").orElseThrow());
		command.undo();
		assertEquals(new Bounds(0, 0, 10, 10), notation.bounds("a").orElseThrow());
		assertFalse(notation.hasBounds("b"));
		command.redo();
		assertTrue(notation.hasBounds("b"));
	}
}
