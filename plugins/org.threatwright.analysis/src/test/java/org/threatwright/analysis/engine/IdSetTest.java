package org.threatwright.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdSetTest {

	@Test
	void addsEachIdOnceByValueAcrossGrowth() {
		IdSet ids = new IdSet();
		int added = 0;
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 10_000; i++) {
				// a new String object each time: equal ids must be recognised by value, not identity
				if (ids.add(new StringBuilder("el-").append(i % 7_000).toString())) {
					added++;
				}
			}
		}
		assertEquals(7_000, added);
		assertFalse(ids.add("el-6999"));
		assertTrue(ids.add("el-7000"));
	}

	@Test
	void idsWithTheSameHashAreKeptApart() {
		IdSet ids = new IdSet();
		assertEquals("Aa".hashCode(), "BB".hashCode());
		assertTrue(ids.add("Aa"));
		assertTrue(ids.add("BB"));
		assertFalse(ids.add("Aa"));
		assertFalse(ids.add("BB"));
	}
}
