package org.threatwright.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.Component;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Gateway;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFiles;

/** Save and load through ModelFiles inside Equinox, where EMF and the XML parser come from other bundles. */
class ModelFilesInOsgiTest {

	@TempDir
	Path dir;

	@Test
	void savedModelLoadsBackEqual() throws Exception {
		SystemModel original = SampleProduct.create();
		Path file = dir.resolve("thermostat.tw");

		ModelFiles.save(original, file);
		SystemModel loaded = ModelFiles.load(file);

		assertNotSame(original, loaded);
		assertTrue(EcoreUtil.equals(original, loaded), "loaded model differs from the saved one");
		assertEquals("Smart Thermostat", loaded.getName());
	}

	@Test
	void crossReferencesSurviveTheRoundTrip() throws Exception {
		Path file = dir.resolve("thermostat.tw");
		ModelFiles.save(SampleProduct.create(), file);
		SystemModel loaded = ModelFiles.load(file);

		Gateway hub = (Gateway) loaded.getElements().stream().filter(e -> "Hub".equals(e.getName())).findFirst()
				.orElseThrow();
		DataFlow uplink = loaded.getFlows().stream().filter(f -> f.getSource() == hub).findFirst().orElseThrow();
		assertEquals("Cloud", uplink.getTarget().getName());
		Component tls = hub.getComponents().get(0);
		assertTrue(loaded.getSuppliers().contains(tls.getSupplier()), "supplier must resolve to the model's own");
		TrustBoundary enclosure = loaded.getBoundaries().get(0).getBoundaries().get(0);
		assertEquals(hub, enclosure.getMembers().get(0));
	}

	@Test
	void equalityReallyComparesContent() throws Exception {
		SystemModel original = SampleProduct.create();
		Path file = dir.resolve("thermostat.tw");
		ModelFiles.save(original, file);
		SystemModel loaded = ModelFiles.load(file);
		DataFlow flow = loaded.getFlows().get(0);
		flow.setTarget(flow.getSource());

		assertFalse(EcoreUtil.equals(original, loaded), "a changed flow target must make the models differ");
	}

	@Test
	void malformedFileIsReportedWithFileLineAndColumn() throws Exception {
		Path file = dir.resolve("broken.tw");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<tw:SystemModel xmlns:tw=\"http://threatwright.org/model/1.0\"\n  name=\"x\">\n  <elements\n",
				StandardCharsets.UTF_8);

		ModelFileException failure = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));

		ModelFileException.Problem problem = failure.problems().get(0);
		assertEquals(file, problem.file());
		assertTrue(problem.line() > 0, "the parser inside OSGi must still report a line: " + failure.getMessage());
		assertTrue(failure.getMessage().startsWith(file + ":" + problem.line() + ":"), failure.getMessage());
	}
}
