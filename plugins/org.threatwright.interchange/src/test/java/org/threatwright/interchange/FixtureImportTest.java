package org.threatwright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatwright.interchange.Fixtures.boundaries;
import static org.threatwright.interchange.Fixtures.kinds;
import static org.threatwright.interchange.Fixtures.peer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.ImportResult;
import org.threatwright.interchange.api.Importers;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.validation.ModelValidator;

/**
 * Every peer fixture imports with exactly the elements, flows and boundaries the file holds (counted independently
 * from the files), validates without errors, and saves and loads as a model file.
 */
class FixtureImportTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', value = {
			"threatdragon; threat-dragon/iot-device.json; {data-store=1, external-entity=1, process=9}; 14; 1",
			"threatdragon; threat-dragon/v2-threat-model.json; {data-store=4, external-entity=1, process=2}; 10; 3",
			"threatdragon; threat-dragon/demo-threat-model.json; {data-store=4, external-entity=1, process=2}; 10; 4",
			"threatdragon; threat-dragon/online-game.json; {data-store=2, external-entity=2, process=8}; 17; 3",
			"threatdragon; threat-dragon/three-tier-web-app.json; {process=3}; 3; 2",
			"otm; otm/mtmt_example.yaml; {data-store=2, mobile-app=1, process=1}; 6; 3",
			"otm; otm/manual_threat_model.yaml; {data-store=1, external-entity=1, web-app=1}; 2; 3",
			"otm; otm/td-otm_example.json; {data-store=1, process=2, web-app=1}; 2; 2",
			"tm7; tmt/MTMT_example.tm7; {data-store=2, mobile-app=1, process=1}; 6; 2",
			"threagile; threagile/threagile-example.yaml; {data-store=3, external-entity=4, process=5, web-app=2}; 20; 5" })
	void importsEveryElementFlowAndBoundary(String format, String fixture, String expectedKinds, int flows, int boundaryCount)
			throws Exception {
		ImportResult result = Importers.of(ImportFormat.ofCliName(format)).read(peer(fixture));
		SystemModel model = result.model();
		assertEquals(expectedKinds, kinds(model).toString());
		assertEquals(flows, model.getFlows().size(), "flows");
		assertEquals(boundaryCount, boundaries(model), "boundaries");
		assertEquals(List.of(), new ModelValidator(model).errors(), "validation errors");
		SystemModel reloaded = ModelFiles.load(saved(model));
		assertEquals(model.getElements().size(), reloaded.getElements().size());
		assertTrue(model.getElements().stream().allMatch(e -> e.getExternalIds().size() == 1
				&& e.getExternalIds().get(0).getSource().equals(ImportFormat.ofCliName(format).externalIdSource())),
				"every element keeps its source id");
	}

	private static java.nio.file.Path saved(SystemModel model) throws java.io.IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("imported", ".tw");
		file.toFile().deleteOnExit();
		ModelFiles.save(model, file);
		return file;
	}

	@org.junit.jupiter.api.Test
	void iotDeviceBoundaryIsALineSoTheReportSaysItHasNoMembers() throws ImportException {
		ImportResult result = Importers.of(ImportFormat.THREAT_DRAGON).read(peer("threat-dragon/iot-device.json"));
		assertTrue(result.unmapped().stream().anyMatch(u -> u.what().equals("boundary line 'Internet'")
				&& u.place().equals("/detail/diagrams/0/cells/11")), result.unmapped().toString());
		assertEquals(4, result.threats().size(), "the 4 threats in the file");
	}

	@org.junit.jupiter.api.Test
	void boxBoundariesTakeTheirMembersFromTheGeometry() throws ImportException {
		SystemModel model = Importers.of(ImportFormat.THREAT_DRAGON).read(peer("threat-dragon/online-game.json")).model();
		assertEquals(java.util.Set.of("Player's local machine: [Anonymous WWW user-agent, Browser, Game client, Player]",
				"Production network: [API REST, Game Servers, Lobby, Moderation Website, Player Database, Stats Database, Website Stats]",
				"Corp network: [Customer Support]"), TwinsAndRoundTripTest.zones(model));
	}

	@org.junit.jupiter.api.Test
	void aFlowEndSavedAsAPointBesideAnElementIsAttachedToItAndReported() throws ImportException {
		ImportResult result = Importers.of(ImportFormat.THREAT_DRAGON).read(peer("threat-dragon/v2-threat-model.json"));
		assertEquals(10, result.model().getFlows().size());
		assertTrue(result.model().getFlows().stream().anyMatch(f -> "Web Request".equals(f.getName())
				&& f.getSource().getName().equals("Browser")));
		assertTrue(result.unmapped().stream().anyMatch(u -> u.what().equals("end of flow 'Web Request' at (180, 70)")
				&& u.why().contains("'Browser', 10 px away")), result.unmapped().toString());
	}
}
