package org.threatwright.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * Prints the report's XHTML to PDF with openhtmltopdf (CSS paged media, PDFBox) and Batik for the inline SVG. The
 * document is parsed here with DTDs and external entities off, and nothing outside it is loaded. The PDF uses the
 * standard Helvetica fonts, which cover Windows-1252 only: other characters are replaced by close equivalents
 * ({@link #printable}).
 */
public final class PdfReport {

	private PdfReport() {
	}

	/**
	 * Writes the PDF of {@code xhtml} to {@code out}.
	 *
	 * @throws IOException when the document is not well-formed XHTML or the PDF cannot be written
	 */
	public static void write(String xhtml, OutputStream out) throws IOException {
		Document document = parse(printable(stripDoctype(xhtml)));
		XRLog.setLoggingEnabled(false); // its progress messages would mix with the command's output
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.withW3cDocument(document, null);
		builder.useUriResolver((base, uri) -> null); // a report is self-contained: nothing is fetched
		builder.toStream(out);
		builder.run();
	}

	private static String stripDoctype(String html) {
		return html.startsWith("<!DOCTYPE") ? html.substring(html.indexOf('>') + 1) : html;
	}

	static Document parse(String xml) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("the report is not well-formed XHTML: " + e.getMessage(), e);
		}
	}

	/** Markup whose text the standard PDF fonts can show: arrows and signs outside Windows-1252 spelled in ASCII (escaped), others as '?'. */
	static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '→' -> out.append("->");
				case '←' -> out.append("&lt;-");
				case '↑' -> out.append('^');
				case '≤' -> out.append("&lt;=");
				case '≥' -> out.append(">=");
				case '×' -> out.append('x');
				case '–' , '—', '…', '«', '»', '·', '‘', '’', '“', '”', '•', '€' -> out.appendCodePoint(c);
				default -> out.appendCodePoint(c < 0x100 ? c : '?');
			}
		});
		return out.toString();
	}
}
