package org.threatwright.model.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatwright.model.Component;
import org.threatwright.model.query.Components;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.query.ModelStatistics;
import org.threatwright.model.validation.ModelValidator;

/** The example products are what tests and demos stand on: realistic, complete enough, and valid. */
class ExampleModelsTest {

	static List<Path> examples() throws IOException {
		Path dir = Path.of(System.getProperty("threatwright.examples", "../../models/examples"));
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith("." + ModelFiles.EXTENSION)).sorted().toList();
		}
	}

	@Test
	void theThreeExamplesAreThere() throws IOException {
		assertEquals(List.of("industrial-gateway.tw", "medical-wearable.tw", "smart-home-hub.tw"),
				examples().stream().map(p -> p.getFileName().toString()).toList());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void loadsWithoutValidationErrors(Path file) throws Exception {
		SystemModel model = ModelFiles.load(file);
		ModelValidator validator = new ModelValidator(model);
		assertEquals(List.of(), validator.errors(), file.toString());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void isLargeAndCompleteEnoughToAnalyse(Path file) throws Exception {
		SystemModel model = ModelFiles.load(file);
		ModelStatistics stats = ModelStatistics.of(model);
		assertTrue(stats.elements() >= 25, file + ": " + stats);
		assertTrue(stats.flows() >= 20, file + ": " + stats);
		assertTrue(stats.boundaryDepth() >= 3, file + ": boundaries nest only " + stats.boundaryDepth() + " deep");
		assertTrue(stats.interfaces() >= 15, file + ": " + stats);
		assertTrue(stats.components() >= 12, file + ": " + stats);
		assertTrue(stats.suppliers() >= 5, file + ": " + stats);
		assertTrue(stats.dataAssets() >= 6, file + ": " + stats);
		assertTrue(stats.assumptions() >= 4, file + ": " + stats);
		assertNotNull(model.getSupportedUntil(), file + ": no support period");
		assertTrue(model.getElements().stream().anyMatch(e -> e instanceof Device d && d.getUpdateMechanism() != null),
				file + ": no device with an update mechanism");
		assertTrue(model.getElements().stream().anyMatch(Element::isSafetyRelevant), file + ": nothing safety-relevant");
		assertTrue(allComponents(model).stream().anyMatch(c -> !c.getComponents().isEmpty()),
				file + ": no nested components (e.g. libraries inside a firmware image)");
		assertTrue(allComponents(model).stream()
				.filter(Components::isThirdParty)
				.allMatch(c -> c.getSupplier() != null), file + ": third-party component without supplier");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void savesBackByteIdentical(Path file) throws Exception {
		assertArrayEquals(Files.readAllBytes(file), ModelFiles.serialize(ModelFiles.load(file)),
				file + " is not in canonical form: load and save it once");
	}

	private static List<Component> allComponents(SystemModel model) {
		List<Component> components = new java.util.ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Component component) {
				components.add(component);
			}
		}
		return components;
	}
}
