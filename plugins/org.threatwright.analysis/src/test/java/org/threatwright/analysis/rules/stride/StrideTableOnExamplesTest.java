package org.threatwright.analysis.rules.stride;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

/**
 * The published STRIDE-per-element table, element by element, on the three example products: every element
 * and flow gets exactly the categories of its kind, nothing else gets any, and the totals are pinned. The table
 * below is written out by metamodel class name, independently of the rules' own {@code DfdRole}.
 */
class StrideTableOnExamplesTest {

	private static final Set<Stride> ALL_SIX = EnumSet.allOf(Stride.class);
	private static final Set<Stride> S_R = EnumSet.of(Stride.SPOOFING, Stride.REPUDIATION);
	private static final Set<Stride> T_I_D = EnumSet.of(Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE,
			Stride.DENIAL_OF_SERVICE);
	private static final Set<Stride> T_R_I_D = EnumSet.of(Stride.TAMPERING, Stride.REPUDIATION,
			Stride.INFORMATION_DISCLOSURE, Stride.DENIAL_OF_SERVICE);

	private static Set<Stride> publishedCategories(ModelElement subject) {
		return switch (subject.eClass().getName()) {
			case "ExternalEntity" -> S_R;
			case "Device", "Gateway", "CloudService", "MobileApp", "WebApp", "Process" -> ALL_SIX;
			case "DataStore" -> ((DataStore) subject).isHoldsLogs() ? T_R_I_D : T_I_D;
			case "DataFlow" -> T_I_D;
			default -> throw new AssertionError("no STRIDE row for " + subject.eClass().getName());
		};
	}

	@ParameterizedTest(name = "{0}")
	// totals by hand from the element counts: hub 17 processes x 6 + 5 stores x 3 + 2 log stores x 4 + 5 external
	// entities x 2 + 32 flows x 3 = 231; wearable 17x6 + 6x3 + 1x4 + 7x2 + 36x3 = 246; gateway 20x6 + 5x3 + 1x4
	// + 6x2 + 34x3 = 253
	@CsvSource({ "smart-home-hub, 29, 32, 231", "medical-wearable, 31, 36, 246", "industrial-gateway, 32, 34, 253" })
	void everyElementAndFlowGetsExactlyItsRow(String example, int elements, int flows, int findings) throws Exception {
		SystemModel model = ModelFiles.load(Path.of(System.getProperty("threatwright.examples"), example + ".tw"));
		AnalysisResult result = new ThreatAnalysis(model, StrideRules.ALL, LocalDate.of(2026, 11, 23)).run();
		assertEquals(List.of(), result.failures());

		Map<String, Set<Stride>> expected = new LinkedHashMap<>();
		for (Element element : model.getElements()) {
			expected.put(element.getId(), publishedCategories(element));
		}
		for (DataFlow flow : model.getFlows()) {
			expected.put(flow.getId(), publishedCategories(flow));
		}
		Map<String, Set<Stride>> actual = result.findings().stream().collect(Collectors.groupingBy(
				finding -> finding.subjects().get(0).id(), LinkedHashMap::new,
				Collectors.mapping(Finding::stride, Collectors.toCollection(() -> EnumSet.noneOf(Stride.class)))));

		assertEquals(elements, model.getElements().size(), "elements in " + example);
		assertEquals(flows, model.getFlows().size(), "flows in " + example);
		assertEquals(new TreeMap<>(expected), new TreeMap<>(actual));
		assertEquals(findings, result.findings().size(), "STRIDE findings in " + example);
	}
}
