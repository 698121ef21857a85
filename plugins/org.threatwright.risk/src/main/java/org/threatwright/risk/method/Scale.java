package org.threatwright.risk.method;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An ordinal rating scale, lowest level first: the impact scale ({@code negligible ... severe}) or the feasibility
 * scale ({@code very low ... high}) of a risk method.
 *
 * @param name   what the scale rates, for messages ({@code impact}, {@code feasibility})
 * @param levels the level names, lowest first; at least two, distinct, not blank
 */
public record Scale(String name, List<String> levels) {

	public Scale {
		Objects.requireNonNull(name, "name");
		levels = List.copyOf(levels);
		if (levels.size() < 2) {
			throw new IllegalArgumentException("the " + name + " scale needs at least two levels, has " + levels.size());
		}
		if (levels.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException("the " + name + " scale has a blank level");
		}
		if (new HashSet<>(levels).size() != levels.size()) {
			throw new IllegalArgumentException("the " + name + " scale names a level twice: " + levels);
		}
	}

	public int size() {
		return levels.size();
	}

	public String level(int index) {
		return levels.get(index);
	}

	/**
	 * The position of {@code level} (0 = lowest).
	 *
	 * @throws IllegalArgumentException naming the scale and its levels when {@code level} is not one of them
	 */
	public int indexOf(String level) {
		int index = levels.indexOf(level);
		if (index < 0) {
			throw new IllegalArgumentException("'" + level + "' is not a level of the " + name + " scale (expected one of "
					+ String.join(", ", levels) + ")");
		}
		return index;
	}

	public boolean contains(String level) {
		return levels.contains(level);
	}

	/**
	 * The level at the same relative position as position {@code index} of a scale of {@code size} levels: how the
	 * built-in four-level ratings land on a configured scale (both ends map to both ends, in between rounded to the
	 * nearest, so the mapping never reverses the order).
	 */
	public int fromPosition(int index, int size) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("position " + index + " outside a scale of " + size);
		}
		return (int) Math.round(index * (levels.size() - 1) / (double) (size - 1));
	}
}
