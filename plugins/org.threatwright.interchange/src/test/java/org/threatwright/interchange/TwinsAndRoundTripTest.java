package org.threatwright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threatwright.interchange.Fixtures.peer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.Importers;
import org.threatwright.interchange.internal.ElementKind;
import org.threatwright.interchange.otm.OtmExporter;
import org.threatwright.interchange.threatdragon.ThreatDragonExporter;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The TMT example and its OTM twin describe one system; exports import back to the same model. */
class TwinsAndRoundTripTest {

	@TempDir
	Path dir;

	@Test
	void tm7AndItsOtmTwinGiveTheSameSystem() throws Exception {
		SystemModel tmt = Importers.of(ImportFormat.TMT).read(peer("tmt/MTMT_example.tm7")).model();
		SystemModel otm = Importers.of(ImportFormat.OTM).read(peer("otm/mtmt_example.yaml")).model();
		assertEquals(elements(otm), elements(tmt));
		assertEquals(flows(otm), flows(tmt));
		// startleft renamed the zones through its mapping file ('Public Cloud' became 'Private Secured Cloud') and
		// added an empty 'Sandbox environment'; what the boundaries hold is the same
		assertEquals(Set.of("[Mobile Client]", "[Accounting PostgreSQL, Azure File Storage, Public API v2]"), memberSets(otm));
		assertEquals(memberSets(otm), memberSets(tmt));
		// the components keep their TMT guids as ids in both
		assertEquals(ids(otm), ids(tmt));
	}

	@Test
	void otmRoundTripKeepsComponentsDataflowsAndTrustZones() throws Exception {
		Path source = peer("otm/mtmt_example.yaml");
		SystemModel first = Importers.of(ImportFormat.OTM).read(source).model();
		Path exported = dir.resolve("exported.otm.json");
		Files.write(exported, new OtmExporter().write(first));
		SystemModel second = Importers.of(ImportFormat.OTM).read(exported).model();
		assertEquals(elements(first), elements(second));
		assertEquals(flows(first), flows(second));
		assertEquals(zones(first), zones(second));
		assertEquals(ids(first), ids(second));

		JsonNode original = new ObjectMapper().valueToTree(new org.yaml.snakeyaml.Yaml().load(Files.readString(source)));
		JsonNode written = new ObjectMapper().readTree(exported.toFile());
		assertEquals(idsOf(original, "components"), idsOf(written, "components"));
		assertEquals(idsOf(original, "dataflows"), idsOf(written, "dataflows"));
		assertEquals(new TreeSet<>(idsOf(original, "trustZones")), new TreeSet<>(idsOf(written, "trustZones")), "zones are written outer before inner");
		assertEquals(original.get("components").get(0).get("type"), written.get("components").get(0).get("type"),
				"the OTM type survives (kept as a tag)");
	}

	@Test
	void otmExportOfAThreatwrightModelImportsBackExactly() throws Exception {
		SystemModel model = Fixtures.example("smart-home-hub.tw");
		Path exported = dir.resolve("home.otm.json");
		Files.write(exported, new OtmExporter().write(model));
		SystemModel back = Importers.of(ImportFormat.OTM).read(exported).model();
		assertEquals(elements(model), elements(back));
		assertEquals(flowsWithProperties(model), flowsWithProperties(back));
		assertEquals(zones(model), zones(back));
		assertEquals(ids(model), ids(back));
	}

	@Test
	void threatDragonExportImportsBackToTheSameModel() throws Exception {
		SystemModel model = Fixtures.example("smart-home-hub.tw");
		Path exported = dir.resolve("home.td.json");
		Files.write(exported, new ThreatDragonExporter().write(model));
		SystemModel back = Importers.of(ImportFormat.THREAT_DRAGON).read(exported).model();
		assertEquals(elements(model), elements(back));
		assertEquals(flowsWithProperties(model), flowsWithProperties(back));
		assertEquals(zones(model), zones(back));
		assertEquals(ids(model), ids(back));
	}

	@Test
	void exportsAreDeterministic() {
		SystemModel model = Fixtures.example("smart-home-hub.tw");
		assertEquals(new String(new OtmExporter().write(model)), new String(new OtmExporter().write(model)));
		assertEquals(new String(new ThreatDragonExporter().write(model)), new String(new ThreatDragonExporter().write(model)));
	}

	static Set<String> elements(SystemModel model) {
		return model.getElements().stream().map(e -> ElementKind.of(e).otmType() + " " + e.getName())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	static Set<String> flows(SystemModel model) {
		return model.getFlows().stream().map(f -> f.getSource().getName() + " -> " + f.getTarget().getName() + " : " + f.getName())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	static Set<String> flowsWithProperties(SystemModel model) {
		return model.getFlows().stream().map(f -> f.getSource().getName() + " -> " + f.getTarget().getName() + " : "
				+ f.getName() + " " + f.getProtocol() + " " + f.getEncryption() + " " + f.getDirection())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Each boundary as "outer/inner: [members]". */
	static Set<String> zones(SystemModel model) {
		Set<String> zones = new TreeSet<>();
		for (TrustBoundary boundary : model.getBoundaries()) {
			zones(boundary, "", zones);
		}
		return zones;
	}

	private static void zones(TrustBoundary boundary, String prefix, Set<String> zones) {
		String path = prefix + boundary.getName();
		zones.add(path + ": " + boundary.getMembers().stream().map(e -> e.getName()).sorted().toList());
		for (TrustBoundary inner : boundary.getBoundaries()) {
			zones(inner, path + "/", zones);
		}
	}

	static Set<String> memberSets(SystemModel model) {
		Set<String> sets = new TreeSet<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof TrustBoundary b && !b.getMembers().isEmpty()) {
				sets.add(b.getMembers().stream().map(e -> e.getName()).sorted().toList().toString());
			}
		});
		return sets;
	}

	static Set<String> ids(SystemModel model) {
		Set<String> ids = new TreeSet<>();
		model.getElements().forEach(e -> ids.add(e.getId()));
		model.getFlows().forEach(f -> ids.add(f.getId()));
		return ids;
	}

	private static List<String> idsOf(JsonNode root, String field) {
		List<String> ids = new java.util.ArrayList<>();
		root.get(field).forEach(node -> ids.add(node.get("id").asText()));
		return ids;
	}
}
