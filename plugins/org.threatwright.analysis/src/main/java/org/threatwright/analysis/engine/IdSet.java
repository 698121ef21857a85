package org.threatwright.analysis.engine;

/**
 * A set of strings in one open-addressing array (linear probing), for the subject ids of the findings one
 * rule reported: a rule on a large model reports hundreds of thousands, and a {@link java.util.HashSet} would
 * allocate a node per id that the garbage collector then copies while the rule runs. O(1) expected per
 * {@link #add}; no removal.
 */
final class IdSet {

	private String[] table = new String[64];
	private int size;

	/** Adds {@code id} (not null); whether it was absent. */
	boolean add(String id) {
		int mask = table.length - 1;
		for (int slot = spread(id.hashCode()) & mask;; slot = (slot + 1) & mask) {
			String present = table[slot];
			if (present == null) {
				table[slot] = id;
				if (++size * 2 > table.length) {
					grow();
				}
				return true;
			}
			if (present.equals(id)) {
				return false;
			}
		}
	}

	private void grow() {
		String[] old = table;
		table = new String[old.length * 2];
		int mask = table.length - 1;
		for (String id : old) {
			if (id != null) {
				int slot = spread(id.hashCode()) & mask;
				while (table[slot] != null) {
					slot = (slot + 1) & mask;
				}
				table[slot] = id;
			}
		}
	}

	/** Mixes the high bits in: ids that share a long prefix must not crowd one run of slots. */
	private static int spread(int hash) {
		int mixed = hash * 0x9E3779B9;
		return mixed ^ mixed >>> 16;
	}
}
