package org.threatwright.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON output of the commands: pretty-printed, keys in declaration order, one document per run. */
final class Json {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private Json() {
	}

	static void print(PrintWriter out, Object value) {
		try {
			out.println(MAPPER.writeValueAsString(value));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot write JSON output", e);
		}
	}

	/** {@code value} as pretty-printed UTF-8 JSON bytes, for files. */
	static byte[] toBytes(Object value) {
		try {
			return MAPPER.writeValueAsBytes(value);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot write JSON output", e);
		}
	}
}
