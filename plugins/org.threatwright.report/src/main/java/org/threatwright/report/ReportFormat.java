package org.threatwright.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.threatwright.report.html.HtmlReport;
import org.threatwright.report.pdf.PdfReport;
import org.threatwright.report.sarif.SarifWriter;
import org.threatwright.report.table.RegisterCsv;
import org.threatwright.report.xlsx.RegisterWorkbook;

/** The report and export formats, each rendered completely in memory so that a caller writes the file atomically. */
public enum ReportFormat {
	/** The whole report as one self-contained HTML file. */
	HTML,
	/** The whole report printed to A4 pages. */
	PDF,
	/** The threat register, components, requirements and compliance as an Excel workbook. */
	XLSX,
	/** The findings as a SARIF 2.1.0 log. */
	SARIF,
	/** The threat register as CSV. */
	CSV;

	/** {@code html}, {@code pdf}, ... (also the file extension, except {@code sarif}: {@code .sarif}). */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The bytes of {@code data} in this format.
	 *
	 * @param artifactUri for SARIF: the model file as the log names it
	 * @param lineOf      for SARIF: the line of an element id in the model file, 0 when unknown
	 */
	public byte[] render(ReportData data, String artifactUri, ToIntFunction<String> lineOf) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
		switch (this) {
			case HTML -> bytes.writeBytes(new HtmlReport(data, false).render().getBytes(StandardCharsets.UTF_8));
			case PDF -> PdfReport.write(new HtmlReport(data, true).render(), bytes);
			case XLSX -> RegisterWorkbook.write(data, bytes);
			case SARIF -> SarifWriter.write(data, artifactUri, lineOf, bytes);
			case CSV -> {
				try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
					RegisterCsv.write(data, writer);
				}
			}
		}
		return bytes.toByteArray();
	}
}
