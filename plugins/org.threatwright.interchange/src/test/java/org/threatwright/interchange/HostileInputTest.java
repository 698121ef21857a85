package org.threatwright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.Importers;
import org.threatwright.interchange.cyclonedx.CycloneDxImporter;
import org.threatwright.model.SystemModel;

/** Hostile and broken files are refused with the file, the position and the problem. */
class HostileInputTest {

	@TempDir
	Path dir;

	private ImportException refused(ImportFormat format, String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		return assertThrows(ImportException.class, () -> Importers.of(format).read(file));
	}

	@Test
	void xmlExternalEntitiesAreRefused() throws IOException {
		ImportException e = refused(ImportFormat.TMT, "xxe.tm7", """
				<?xml version="1.0"?>
				<!DOCTYPE ThreatModel [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
				<ThreatModel><DrawingSurfaceList>&secret;</DrawingSurfaceList></ThreatModel>
				""");
		assertTrue(e.getMessage().startsWith(dir.resolve("xxe.tm7") + ":2:"), e.getMessage());
		assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
	}

	@Test
	void billionLaughsIsRefused() throws IOException {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
		}
		xml.append("]>\n<ThreatModel>&lol9;</ThreatModel>\n");
		ImportException e = refused(ImportFormat.TMT, "lolz.tm7", xml.toString());
		assertEquals(2, e.line());
		assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
	}

	@Test
	void yamlAliasBombIsRefused() throws IOException {
		StringBuilder yaml = new StringBuilder("otmVersion: 0.2.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
		for (int i = 1; i <= 30; i++) {
			yaml.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9))
					.append("*a").append(i - 1).append("]\n");
		}
		ImportException e = refused(ImportFormat.OTM, "bomb.yaml", yaml.toString());
		assertTrue(e.getMessage().startsWith(dir.resolve("bomb.yaml").toString() + ":"), e.getMessage());
		assertTrue(e.problem().contains("aliases") || e.problem().contains("expands"), e.problem());
	}

	@Test
	void deeplyNestedJsonIsRefused() throws IOException {
		ImportException e = refused(ImportFormat.OTM, "deep.json", "{\"otmVersion\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
		assertEquals(1, e.line());
		assertTrue(e.problem().startsWith("the JSON nests deeper than 200 levels"), e.problem());
	}

	@Test
	void deeplyNestedYamlIsRefused() throws IOException {
		ImportException e = refused(ImportFormat.THREAGILE, "deep.yaml", "technical_assets: " + "[".repeat(10_000) + "]".repeat(10_000));
		assertTrue(e.line() >= 1, e.getMessage());
		assertTrue(e.problem().contains("nest") || e.problem().contains("Nesting"), e.problem());
	}

	@Test
	void aThreatDragonFileGivenAsOtmSaysWhatItIs() {
		Path file = Fixtures.peer("threat-dragon/iot-device.json");
		ImportException e = assertThrows(ImportException.class, () -> Importers.of(ImportFormat.OTM).read(file));
		assertEquals(file + ": at /: not an Open Threat Model (OTM) file: no 'otmVersion' at the top level; this looks like"
				+ " a Threat Dragon file (import format threatdragon)", e.getMessage());
	}

	@Test
	void brokenJsonNamesLineAndColumn() throws IOException {
		ImportException e = refused(ImportFormat.THREAT_DRAGON, "broken.json", "{\n  \"summary\": {\n    \"title\": \"x\",,\n}");
		assertEquals(3, e.line());
		assertTrue(e.problem().startsWith("not valid JSON"), e.problem());
	}

	@Test
	void aHundredMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
		Path file = dir.resolve("big.json");
		byte[] chunk = ("{\"summary\":{},\"detail\":{\"diagrams\":[]},\"pad\":\"" + "x".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int i = 0; i < 100; i++) {
				out.write(chunk);
			}
		}
		long before = usedHeap();
		ImportException e = assertThrows(ImportException.class, () -> Importers.of(ImportFormat.THREAT_DRAGON).read(file));
		assertTrue(e.problem().contains("more than the 33554432 bytes (32 MiB)"), e.problem());
		assertTrue(usedHeap() - before < 32L << 20, "the file was not read into memory");
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	@Test
	void cycloneDxJsonAndXmlGoIntoTheChosenElement() throws Exception {
		SystemModel model = Fixtures.example("smart-home-hub.tw");
		String elementId = model.getElements().get(0).getId();
		int before = model.getElements().get(0).getComponents().size();
		Path json = dir.resolve("bom.json");
		Files.writeString(json, """
				{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
				 {"type": "library", "bom-ref": "pkg:npm/lodash@4.17.21", "name": "lodash", "version": "4.17.21",
				  "purl": "pkg:npm/lodash@4.17.21", "licenses": [{"license": {"id": "MIT"}}],
				  "supplier": {"name": "OpenJS Foundation", "url": ["https://openjsf.org"]}, "hashes": []}],
				 "dependencies": [{"ref": "pkg:npm/lodash@4.17.21"}]}
				""");
		var result = new CycloneDxImporter().read(json, model, elementId);
		var component = model.getElements().get(0).getComponents().get(before);
		assertEquals("lodash 4.17.21 pkg:npm/lodash@4.17.21 MIT OpenJS Foundation openSource library",
				component.getName() + " " + component.getVersion() + " " + component.getPurl() + " " + component.getLicence() + " "
						+ component.getSupplier().getName() + " " + component.getOrigin() + " " + component.getType());
		assertTrue(result.unmapped().stream().anyMatch(u -> u.what().equals("1 dependencies")), result.unmapped().toString());
		assertTrue(result.unmapped().stream().anyMatch(u -> u.what().equals("'lodash': field 'hashes'")), result.unmapped().toString());

		Path xml = dir.resolve("bom.xml");
		Files.writeString(xml, """
				<?xml version="1.0" encoding="UTF-8"?>
				<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
				  <components>
				    <component type="firmware" bom-ref="fw"><name>zephyr</name><version>3.6.0</version>
				      <cpe>cpe:2.3:o:zephyrproject:zephyr:3.6.0:*:*:*:*:*:*:*</cpe>
				      <supplier><name>Zephyr Project</name></supplier></component>
				  </components>
				</bom>
				""");
		new CycloneDxImporter().read(xml, model, elementId);
		var firmware = model.getElements().get(0).getComponents().get(before + 1);
		assertEquals("zephyr firmware thirdPartyCommercial Zephyr Project", firmware.getName() + " " + firmware.getType() + " "
				+ firmware.getOrigin() + " " + firmware.getSupplier().getName());
		assertEquals(java.util.List.of(), new org.threatwright.model.validation.ModelValidator(model).errors());
	}

	@Test
	void cycloneDxXmlWithADoctypeIsRefusedAndTheModelIsUntouched() throws Exception {
		SystemModel model = Fixtures.example("smart-home-hub.tw");
		String elementId = model.getElements().get(0).getId();
		int before = model.getElements().get(0).getComponents().size();
		Path xml = dir.resolve("xxe.xml");
		Files.writeString(xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
				+ "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\"><components><component type=\"library\"><name>&x;</name>"
				+ "</component></components></bom>");
		ImportException e = assertThrows(ImportException.class, () -> new CycloneDxImporter().read(xml, model, elementId));
		assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
		assertEquals(before, model.getElements().get(0).getComponents().size());
	}
}
