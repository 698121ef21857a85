package org.threatwright.ui.register;

import org.threatwright.analysis.api.Stride;

/** STRIDE categories in words people read: "Information disclosure", not "InformationDisclosure". */
public final class StrideLabels {

	private StrideLabels() {
	}

	public static String words(Stride stride) {
		String label = stride.label();
		StringBuilder words = new StringBuilder().append(label.charAt(0));
		for (int i = 1; i < label.length(); i++) {
			char c = label.charAt(i);
			if (Character.isUpperCase(c)) {
				words.append(' ').append(Character.toLowerCase(c));
			} else {
				words.append(c);
			}
		}
		return words.toString();
	}
}
