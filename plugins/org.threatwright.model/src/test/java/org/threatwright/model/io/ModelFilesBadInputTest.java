package org.threatwright.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.SmallModels;

/** Broken and hostile model files: each is refused with the file, the place and the problem named. */
class ModelFilesBadInputTest {

	@TempDir
	Path dir;

	private ModelFileException loadFails(String name, byte[] content) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, content);
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().startsWith(file.toString()), "message does not name the file: " + e.getMessage());
		return e;
	}

	private ModelFileException loadFails(String name, String content) throws Exception {
		return loadFails(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private String validXml() throws Exception {
		return new String(ModelFiles.serialize(new SmallModels().model), StandardCharsets.UTF_8);
	}

	@Test
	void emptyFile() throws Exception {
		assertTrue(loadFails("empty.tw", "").getMessage().endsWith(": the file is empty: no model in it"));
	}

	@Test
	void binaryFile() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13 };
		assertTrue(loadFails("picture.tw", png).getMessage().contains("binary content (a NUL byte at offset 8)"));
	}

	@Test
	void missingFileAndDirectory() throws Exception {
		Path missing = dir.resolve("nope.tw");
		assertEquals(missing + ": no such file",
				assertThrows(ModelFileException.class, () -> ModelFiles.load(missing)).getMessage());
		assertTrue(assertThrows(ModelFileException.class, () -> ModelFiles.load(dir)).getMessage()
				.endsWith("is a directory, not a model file"));
	}

	@Test
	void malformedXmlNamesLineAndColumn() throws Exception {
		String truncated = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tw:SystemModel xmlns:tw=\"http://threatwright.org/model/1.0\"\n  name=\"x\">\n  <elements name=\"a\"\n</tw:SystemModel>\n";
		ModelFileException e = loadFails("broken.tw", truncated);
		ModelFileException.Problem problem = e.problems().get(0);
		assertEquals(5, problem.line());
		assertTrue(problem.column() > 0);
		assertTrue(problem.message().startsWith("not well-formed XML: "), problem.message());
	}

	@Test
	void unknownElementTypeNamesTheTypeAndLine() throws Exception {
		String xml = validXml().replaceFirst("xsi:type=\"tw:Device\"", "xsi:type=\"tw:Toaster\"");
		ModelFileException e = loadFails("toaster.tw", xml);
		ModelFileException.Problem problem = e.problems().get(0);
		assertEquals(lineOf(xml, "tw:Toaster"), problem.line());
		assertEquals("unknown element type 'Toaster' (not in the Threatwright metamodel, or abstract)",
				problem.message());
	}

	@Test
	void danglingReferenceNamesTheMissingIdAndLine() throws Exception {
		SmallModels small = new SmallModels();
		// point the hub's owner at an id that exists nowhere (another model's person)
		String ownerId = new SmallModels().owner.getId();
		String xml = new String(ModelFiles.serialize(small.model), StandardCharsets.UTF_8)
				.replace("owner=\"" + small.owner.getId() + "\"", "owner=\"" + ownerId + "\"");
		ModelFileException e = loadFails("dangling.tw", xml);
		ModelFileException.Problem problem = e.problems().get(0);
		assertEquals("dangling reference: no element with id '" + ownerId + "' in this model", problem.message());
		assertEquals(lineOf(xml, "owner=\"" + ownerId), problem.line());
	}

	@Test
	void unknownAttributeIsReported() throws Exception {
		String xml = validXml().replaceFirst("name=\"Hub\"", "name=\"Hub\" colour=\"red\"");
		assertEquals("unknown attribute or element 'colour' here",
				loadFails("colour.tw", xml).problems().get(0).message());
	}

	@Test
	void illegalEnumValueListsTheAllowedOnes() throws Exception {
		String xml = validXml().replaceFirst("kind=\"radio\"", "kind=\"radar\"");
		ModelFileException.Problem problem = loadFails("radar.tw", xml).problems().get(0);
		assertEquals(lineOf(xml, "kind=\"radar\""), problem.line());
		assertEquals("invalid value 'radar' for 'kind' of Interface; allowed: unspecified, network, radio, physical, debug,"
				+ " api, userInterface", problem.message());
	}

	@Test
	void malformedDateIsReported() throws Exception {
		String xml = validXml().replaceFirst("supportedUntil=\"2031-12-31\"", "supportedUntil=\"end of 2031\"");
		ModelFileException.Problem problem = loadFails("date.tw", xml).problems().get(0);
		assertTrue(problem.message().startsWith("invalid value 'end of 2031' for 'supportedUntil' of SystemModel"),
				problem.message());
	}

	@Test
	void wrongNamespaceIsNotAThreatwrightModel() throws Exception {
		String xml = validXml().replace("http://threatwright.org/model/1.0", "http://example.org/other");
		assertTrue(loadFails("other.tw", xml).getMessage()
				.contains("not a Threatwright model: unknown XML namespace 'http://example.org/other'"));
	}

	@Test
	void wrongRootIsRefused() throws Exception {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tw:Device xmlns:tw=\"http://threatwright.org/model/1.0\" name=\"x\"/>\n";
		assertTrue(loadFails("device.tw", xml).getMessage().endsWith("the root element is 'Device', expected a tw:SystemModel"));
	}

	@Test
	void externalEntitiesAndDoctypesAreRefused() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE tw:SystemModel [<!ENTITY x SYSTEM \"" + secret.toUri()
				+ "\">]>\n<tw:SystemModel xmlns:tw=\"http://threatwright.org/model/1.0\" name=\"&x;\"/>\n";
		ModelFileException e = loadFails("xxe.tw", xxe);
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertTrue(!e.getMessage().contains("TOP-SECRET"));
	}

	@Test
	void billionLaughsIsRefused() throws Exception {
		String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
				+ "<tw:SystemModel xmlns:tw=\"http://threatwright.org/model/1.0\" name=\"&lol2;\"/>\n";
		assertTrue(loadFails("bomb.tw", bomb).getMessage().contains("DOCTYPE"));
	}

	private static int lineOf(String text, String needle) {
		String before = text.substring(0, text.indexOf(needle));
		return (int) before.chars().filter(c -> c == '\n').count() + 1;
	}
}
