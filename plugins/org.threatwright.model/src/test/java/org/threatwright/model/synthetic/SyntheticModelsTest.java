package org.threatwright.model.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.query.ModelStatistics;
import org.threatwright.model.validation.ModelValidator;

class SyntheticModelsTest {

	@Test
	void sameSeedSameModelIdsIncluded() throws Exception {
		assertArrayEquals(ModelFiles.serialize(SyntheticModels.generate(300, 5, 42)),
				ModelFiles.serialize(SyntheticModels.generate(300, 5, 42)));
		assertFalse(java.util.Arrays.equals(ModelFiles.serialize(SyntheticModels.generate(300, 5, 42)),
				ModelFiles.serialize(SyntheticModels.generate(300, 5, 43))));
	}

	@Test
	void isValidAndShapedLikeAnIotProduct() {
		SystemModel model = SyntheticModels.generate(2000, 5, 7);
		assertEquals(List.of(), new ModelValidator(model).errors());
		ModelStatistics stats = ModelStatistics.of(model);
		assertEquals(2000, stats.elements());
		assertEquals(10_000, stats.flows());
		assertEquals(3, stats.boundaryDepth());
		assertTrue(stats.elementsByKind().values().stream().allMatch(n -> n > 0), stats.elementsByKind().toString());
		assertTrue(stats.components() > 1000 && stats.thirdPartyComponents() > 500, stats.toString());
		assertTrue(model.getFlows().stream().noneMatch(f -> f.getSource() == f.getTarget()));
	}

	@Test
	void refusesDegenerateSizes() {
		assertThrows(IllegalArgumentException.class, () -> SyntheticModels.generate(1, 5, 0));
		assertThrows(IllegalArgumentException.class, () -> SyntheticModels.generate(10, -1, 0));
	}
}
