package org.threatwright.interchange.api;

import java.util.Objects;

/**
 * Something in an imported file that the model does not hold: never silently dropped, always reported.
 *
 * @param file  the file it is in
 * @param place where in the file (a JSON pointer such as {@code /components/2/attributes}, or an XML path)
 * @param what  what it is, in the source's words (e.g. {@code attribute 'Azure Postgres DB TLS Enforced'})
 * @param why   why it was not mapped
 */
public record Unmapped(String file, String place, String what, String why) {

	public Unmapped {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(what, "what");
		Objects.requireNonNull(why, "why");
	}

	@Override
	public String toString() {
		return file + ": " + place + ": " + what + ": " + why;
	}
}
