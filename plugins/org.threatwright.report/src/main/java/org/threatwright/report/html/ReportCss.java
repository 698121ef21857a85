package org.threatwright.report.html;

import org.threatwright.report.layout.Xml;

/** The report's style sheet: readable on screen, and A4 pages with running header and page numbers in print. */
final class ReportCss {

	private ReportCss() {
	}

	/** The CSS; {@code running} is the header text of every page but the first (escaped for a CSS string). */
	static String css(String running) {
		String header = Xml.escape(running).replace("\\", "\\\\").replace("\"", "\\\"");
		return """
				@page { size: A4; margin: 20mm 15mm 18mm 15mm;
				  @top-left { content: "%s"; font-family: Helvetica, Arial, sans-serif; font-size: 8pt; color: #718096; }
				  @top-right { content: "Threat model report"; font-family: Helvetica, Arial, sans-serif; font-size: 8pt; color: #718096; }
				  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: Helvetica, Arial, sans-serif; font-size: 8pt; color: #718096; } }
				@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
				body { font-family: Helvetica, Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #1a202c; max-width: 60em; margin: 0 auto; }
				h1 { font-size: 26pt; margin: 0 0 12pt 0; color: #1a365d; }
				h2 { font-size: 16pt; color: #1a365d; border-bottom: 1.5pt solid #1a365d; padding-bottom: 3pt; margin-top: 24pt; page-break-before: always; }
				h2.toc-title { page-break-before: avoid; border: none; margin-top: 28pt; }
				h3 { font-size: 11.5pt; color: #2c5282; margin: 14pt 0 4pt 0; page-break-after: avoid; }
				.title-page { padding-top: 50mm; }
				.kicker { text-transform: uppercase; letter-spacing: 1pt; color: #718096; font-size: 10pt; margin: 0; }
				table { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt 0; -fs-table-paginate: paginate; }
				thead { display: table-header-group; }
				tr { page-break-inside: avoid; }
				th { background: #e2e8f0; text-align: left; font-size: 8.5pt; padding: 3pt 4pt; border: 0.5pt solid #a0aec0; }
				td { vertical-align: top; font-size: 8.5pt; padding: 3pt 4pt; border: 0.5pt solid #cbd5e0; word-wrap: break-word; }
				table.facts { width: auto; margin-top: 14pt; }
				table.facts th { background: none; border: none; font-size: 10.5pt; padding: 2pt 14pt 2pt 0; color: #4a5568; }
				table.facts td { border: none; font-size: 10.5pt; padding: 2pt 0; }
				ol.toc { font-size: 11pt; line-height: 1.7; }
				ol.toc a { color: #1a202c; text-decoration: none; }
				ol.toc a::after { content: leader('.') target-counter(attr(href), page); }
				.generated { margin-top: 30pt; color: #718096; font-size: 8.5pt; }
				.diagram { text-align: center; margin: 6pt 0; }
				.heatmap { margin: 6pt 0 10pt 0; }
				.legend, .note { font-size: 8.5pt; color: #4a5568; }
				.id { font-family: "Courier New", Courier, monospace; font-size: 7.5pt; color: #4a5568; word-wrap: break-word; }
				.mitigation { margin-top: 2pt; color: #22543d; }
				.sev { font-weight: bold; text-transform: uppercase; font-size: 7.5pt; }
				.sev-critical { color: #9b2c2c; } .sev-high { color: #c05621; } .sev-medium { color: #975a16; } .sev-low { color: #2f855a; } .sev-info { color: #4a5568; }
				table.threats td:nth-child(1) { width: 11%%; } table.threats td:nth-child(2) { width: 53%%; }
				table.threats td:nth-child(3) { width: 14%%; } table.threats td:nth-child(4) { width: 11%%; }
				.st { font-weight: bold; }
				.st-met { color: #276749; } .st-not_met { color: #c53030; } .st-manual { color: #975a16; } .st-not_applicable, .st-reserved { color: #718096; }
				ol.paths li, ul.changes li { margin-bottom: 3pt; }
				.decision { page-break-inside: avoid; }
				table.threats tr { page-break-inside: auto; }
				table.assets td:nth-child(1) { width: 17%%; } table.assets td:nth-child(2) { width: 12%%; }
				table.assets td:nth-child(3) { width: 13%%; } table.assets td:nth-child(4) { width: 10%%; }
				table.assets td:nth-child(5) { width: 6%%; } table.assets td:nth-child(6) { width: 22%%; }
				table.data-assets td:nth-child(1) { width: 16%%; } table.data-assets td:nth-child(2) { width: 12%%; }
				table.data-assets td:nth-child(3), table.data-assets td:nth-child(4), table.data-assets td:nth-child(5) { width: 8%%; }
				table.data-assets td:nth-child(6) { width: 7%%; } table.data-assets td:nth-child(7) { width: 26%%; }
				table.flows td:nth-child(1) { width: 5%%; white-space: nowrap; } table.flows td:nth-child(2) { width: 17%%; }
				table.flows td:nth-child(3) { width: 22%%; }
				""".formatted(header);
	}
}
