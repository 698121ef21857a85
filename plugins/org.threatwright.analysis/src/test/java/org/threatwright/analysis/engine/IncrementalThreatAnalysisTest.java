package org.threatwright.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.synthetic.SyntheticEdits;
import org.threatwright.model.synthetic.SyntheticModels;

/**
 * Incremental re-derivation equals a full derivation after every edit: a property test over random edits of
 * synthetic and example models, with the seed and the edit named on failure; and it re-evaluates little for
 * a small edit, but everything for a product-level one.
 */
class IncrementalThreatAnalysisTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
	private static final List<ThreatRule> RULES = BuiltInRules.all();

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 11, 12, 13 })
	void everyEditOfASyntheticModelGivesTheFullDerivation(long seed) {
		SystemModel model = SyntheticModels.generate(250 + (int) (seed % 3) * 50, 4, seed);
		checkEdits(model, seed, 150);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "smart-home-hub", "medical-wearable", "industrial-gateway" })
	void everyEditOfAnExampleGivesTheFullDerivation(String example) throws Exception {
		SystemModel model = ModelFiles.load(Path.of(System.getProperty("threatwright.examples"), example + ".tw"));
		checkEdits(model, example.hashCode(), 200);
	}

	/**
	 * Applies {@code count} random edits, comparing after each one and, every so often, after a batch of a
	 * few edits in a row; product-level edits are included.
	 */
	private static void checkEdits(SystemModel model, long seed, int count) {
		SyntheticEdits edits = new SyntheticEdits(model, seed);
		edits.hostSome();
		try (IncrementalThreatAnalysis incremental = new IncrementalThreatAnalysis(model, RULES, DAY)) {
			assertEqualsFull(model, incremental, seed, List.of("the first derivation"));
			int done = 0;
			while (done < count) {
				int batch = done % 10 == 9 ? 4 : 1;
				List<String> applied = new ArrayList<>();
				for (int i = 0; i < batch; i++) {
					applied.add("edit " + (done + i) + ": " + edits.next(true).description());
				}
				done += batch;
				assertEqualsFull(model, incremental, seed, applied);
			}
		}
	}

	private static void assertEqualsFull(SystemModel model, IncrementalThreatAnalysis incremental, long seed,
			List<String> edits) {
		AnalysisResult actual = incremental.result();
		AnalysisResult expected = new ThreatAnalysis(model, RULES, DAY).run();
		if (expected.equals(actual)) {
			return;
		}
		StringBuilder message = new StringBuilder("seed " + seed + ", after " + String.join("; ", edits) + " ("
				+ incremental.lastUpdate() + "): the incremental result differs from a full derivation: ");
		if (!expected.failures().equals(actual.failures())) {
			message.append("failures ").append(expected.failures()).append(" expected, ").append(actual.failures());
		}
		List<Finding> want = expected.findings();
		List<Finding> got = actual.findings();
		message.append(want.size()).append(" findings expected, ").append(got.size()).append(" found");
		for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
			Finding wanted = i < want.size() ? want.get(i) : null;
			Finding found = i < got.size() ? got.get(i) : null;
			if (wanted == null || !wanted.equals(found)) {
				message.append("; first difference at ").append(i).append(":\n  expected ").append(wanted)
						.append("\n  found    ").append(found);
				break;
			}
		}
		fail(message.toString());
	}

	@Test
	void anAttributeEditReEvaluatesASmallFocus() {
		SystemModel model = SyntheticModels.generate(2000, 5, 3);
		try (IncrementalThreatAnalysis incremental = new IncrementalThreatAnalysis(model, RULES, DAY)) {
			assertTrue(incremental.lastUpdate().fullDerivation());
			Device device = model.getElements().stream().filter(Device.class::isInstance).map(Device.class::cast)
					.findFirst().orElseThrow();
			device.setSecureBoot(!device.isSecureBoot());
			AnalysisResult result = incremental.result();
			IncrementalUpdate update = incremental.lastUpdate();
			assertFalse(update.fullDerivation(), update.toString());
			int modelSize = model.getElements().size() + model.getFlows().size() + model.getSuppliers().size();
			assertTrue(update.focusSize() > 0 && update.focusSize() * 20 < modelSize,
					update.focusSize() + " of " + modelSize + " re-evaluated");
			assertEquals(new ThreatAnalysis(model, RULES, DAY).run(), result);
		}
	}

	@Test
	void aFlowAddedAndRemovedReEvaluatesASmallFocus() {
		SystemModel model = SyntheticModels.generate(2000, 5, 4);
		try (IncrementalThreatAnalysis incremental = new IncrementalThreatAnalysis(model, RULES, DAY)) {
			DataFlow flow = TwFactory.eINSTANCE.createDataFlow();
			flow.setSource(model.getElements().get(5));
			flow.setTarget(model.getElements().get(50));
			model.getFlows().add(flow);
			incremental.result();
			assertFalse(incremental.lastUpdate().fullDerivation());
			assertTrue(incremental.lastUpdate().focusSize() * 20 < model.getElements().size() + model.getFlows().size());
			model.getFlows().remove(flow);
			assertEquals(new ThreatAnalysis(model, RULES, DAY).run(), incremental.result());
			assertFalse(incremental.lastUpdate().fullDerivation());
		}
	}

	/**
	 * A flow into an intermediary names the onward flows the intermediary relays its critical data over
	 * (boundary-end-to-end-needed): renaming an onward flow, or unlinking its data, changes the finding of a
	 * flow two hops away, which random edits meet too rarely to be sure of.
	 */
	@Test
	void editsOfAnOnwardFlowReachTheFlowThatRelaysOverIt() {
		TwFactory f = TwFactory.eINSTANCE;
		SystemModel model = f.createSystemModel();
		model.setName("Relay");
		DataAsset commands = f.createDataAsset();
		commands.setName("Commands");
		commands.setCategory(DataCategory.CONTROL);
		commands.setIntegrity(SecurityLevel.CRITICAL);
		model.getDataAssets().add(commands);
		Element app = f.createMobileApp();
		Element hub = f.createGateway();
		Element lock = f.createDevice();
		model.getElements().addAll(List.of(app, hub, lock));
		for (int i = 0; i < 10; i++) { // bystanders, so that the focus is a small part of the model
			model.getElements().add(f.createExternalEntity());
		}
		TrustBoundary home = f.createTrustBoundary();
		home.setTrustLevel(2);
		home.getMembers().addAll(List.of(hub, lock));
		model.getBoundaries().add(home);
		DataFlow in = flow(model, app, hub, commands);
		in.setEncryption(Encryption.TRANSPORT);
		DataFlow onward = flow(model, hub, lock, commands);
		try (IncrementalThreatAnalysis incremental = new IncrementalThreatAnalysis(model, RULES, DAY)) {
			assertTrue(incremental.result().findings().stream().anyMatch(finding -> finding.id().equals(
					"boundary-end-to-end-needed@" + in.getId())), "the relay finding the test is about");
			onward.setName("Unlock command");
			assertEquals(new ThreatAnalysis(model, RULES, DAY).run(), incremental.result());
			assertFalse(incremental.lastUpdate().fullDerivation());
			onward.getDataAssets().clear();
			assertEquals(new ThreatAnalysis(model, RULES, DAY).run(), incremental.result());
			assertFalse(incremental.lastUpdate().fullDerivation());
		}
	}

	private static DataFlow flow(SystemModel model, Element source, Element target, DataAsset asset) {
		DataFlow flow = TwFactory.eINSTANCE.createDataFlow();
		flow.setName(source.eClass().getName() + " to " + target.eClass().getName());
		flow.setSource(source);
		flow.setTarget(target);
		flow.getDataAssets().add(asset);
		model.getFlows().add(flow);
		return flow;
	}

	@Test
	void aProductLevelChangeFallsBackToAFullDerivation() {
		SystemModel model = SyntheticModels.generate(300, 4, 5);
		try (IncrementalThreatAnalysis incremental = new IncrementalThreatAnalysis(model, RULES, DAY)) {
			model.setSupportedUntil(LocalDate.of(2026, 1, 1));
			AnalysisResult result = incremental.result();
			IncrementalUpdate update = incremental.lastUpdate();
			assertTrue(update.fullDerivation());
			assertTrue(update.reason().contains("product-level"), update.reason());
			assertEquals(new ThreatAnalysis(model, RULES, DAY).run(), result);
		}
	}

	@Test
	void withoutChangesTheResultIsKeptAndAfterCloseTheModelIsLeftAlone() {
		SystemModel model = SyntheticModels.generate(200, 3, 6);
		IncrementalThreatAnalysis incremental = new IncrementalThreatAnalysis(model, RULES, DAY);
		AnalysisResult first = incremental.result();
		assertSame(first, incremental.result());
		incremental.close();
		assertTrue(model.eAdapters().isEmpty());
		Element element = model.getElements().get(0);
		element.setName("after close");
		assertThrows(IllegalStateException.class, incremental::result);
		assertNotNull(first);
	}
}
