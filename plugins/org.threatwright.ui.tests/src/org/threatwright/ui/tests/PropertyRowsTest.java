package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.threatwright.model.TwPackage;
import org.threatwright.ui.properties.PropertyRows;

/** The Properties view's rows come from EMF reflection and name referenced objects. */
class PropertyRowsTest {

	private final SmallModel small = new SmallModel();

	@Test
	void everyFeatureOfTheClassHasARowAfterTheType() {
		List<PropertyRows.Row> rows = PropertyRows.of(small.lock);

		List<String> features = TwPackage.Literals.DEVICE.getEAllStructuralFeatures().stream()
				.map(EStructuralFeature::getName).toList();
		assertEquals(features.size() + 1, rows.size());
		assertEquals(new PropertyRows.Row(PropertyRows.TYPE, "Device"), rows.get(0));
		assertEquals(features, rows.stream().skip(1).map(PropertyRows.Row::property).toList());
		assertTrue(features.containsAll(List.of("id", "name", "owner", "interfaces", "components", "secureBoot")));
	}

	@Test
	void referencesShowNamesNotIds() {
		Map<String, String> lock = asMap(PropertyRows.of(small.lock));
		assertEquals("Alice", lock.get("owner"));
		assertEquals("Debug header, BLE", lock.get("interfaces"), "many-valued: model order, joined");
		assertEquals("Unlock PIN", lock.get("dataAssets"));
		assertEquals("", lock.get("hostedOn"), "an unset reference is empty");

		Map<String, String> flow = asMap(PropertyRows.of(small.uplink));
		assertEquals("Bridge", flow.get("source"));
		assertEquals("Lock cloud", flow.get("target"));

		assertEquals("Crypto Vendor", asMap(PropertyRows.of(small.crypto)).get("supplier"));
		assertEquals("Alice", asMap(PropertyRows.of(small.owner)).get("person"));
	}

	@Test
	void attributesShowAsInTheModelFile() {
		Map<String, String> product = asMap(PropertyRows.of(small.model));
		assertEquals("2030-06-30", product.get("supportedUntil"));
		assertEquals("class3", product.get("complianceClass"));
		assertEquals(small.model.getId(), product.get("id"));
		assertEquals("", product.get("description"));
		assertEquals("false", asMap(PropertyRows.of(small.lock)).get("secureBoot"));
		assertEquals("mqtts", asMap(PropertyRows.of(small.uplink)).get("protocol"));
	}

	@Test
	void nothingSelectedGivesNoRows() {
		assertEquals(List.of(), PropertyRows.of(null));
	}

	private static Map<String, String> asMap(List<PropertyRows.Row> rows) {
		Map<String, String> map = new LinkedHashMap<>();
		rows.forEach(row -> map.put(row.property(), row.value()));
		return map;
	}
}
