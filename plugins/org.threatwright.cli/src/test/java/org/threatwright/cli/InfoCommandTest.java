package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class InfoCommandTest {

	@TempDir
	Path dir;

	@Test
	void textShowsProductAndCountsByKind() throws Exception {
		Path file = dir.resolve("hub.tw");
		ModelFiles.save(new SmallModels().model, file);
		CliRun run = CliRun.of("info", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("""
				Product                Test hub
				Release                1.0
				Manufacturer          \s
				Compliance class       IoTSF class 2
				Supported until        2031-12-31
				Elements               5
				  Device                   1
				  Gateway                  1
				  CloudService             1
				  Process                  1
				  ExternalEntity           1
				Data flows             2
				Trust boundaries       3 (nested 2 deep)
				Interfaces             2
				Components             2 (1 third-party)
				Suppliers              1
				Data assets            1
				People                 1
				Assumptions            1
				""", run.out());
	}

	@Test
	void jsonHasEveryKindIncludingZeroCounts() throws Exception {
		Path file = dir.resolve("hub.tw");
		ModelFiles.save(new SmallModels().model, file);
		CliRun run = CliRun.of("info", "--format=json", file.toString());
		JsonNode info = new ObjectMapper().readTree(run.out());
		assertEquals("Test hub", info.get("product").asText());
		assertEquals(2, info.get("complianceClass").asInt());
		assertEquals(0, info.get("elementsByKind").get("MobileApp").asInt());
		assertEquals(1, info.get("elementsByKind").get("Gateway").asInt());
		assertEquals(8, info.get("elementsByKind").size());
	}

	@Test
	void unreadableFileExitsWithThree() {
		CliRun run = CliRun.of("info", dir.resolve("missing.tw").toString());
		assertEquals(3, run.exitCode());
		assertTrue(run.err().endsWith("missing.tw: error: no such file\n"), run.err());
	}
}
