package org.threatwright.report.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.threatwright.report.ReportData;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** The threat register as CSV (RFC 4180: a header line, fields with commas, quotes or line breaks quoted). */
public final class RegisterCsv {

	private RegisterCsv() {
	}

	public static void write(ReportData data, Writer out) throws IOException {
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
		RegisterRows.HEADER.forEach(schema::addColumn);
		CsvMapper mapper = new CsvMapper();
		try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(out)) {
			for (List<String> row : RegisterRows.of(data)) {
				rows.write(row.toArray(String[]::new));
			}
		}
	}
}
