package org.threatwright.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.elk.core.options.Direction;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.paths.AttackPath;
import org.threatwright.analysis.paths.EntryPointReach;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.RegisterWriter;
import org.threatwright.kb.compliance.ClauseResult;
import org.threatwright.kb.compliance.ComplianceStatus;
import org.threatwright.kb.decisions.DesignDecision;
import org.threatwright.kb.history.AttributeChange;
import org.threatwright.kb.history.DiffSection;
import org.threatwright.kb.history.ResourceChange;
import org.threatwright.model.Component;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Supplier;
import org.threatwright.model.TrustBoundary;
import org.threatwright.report.ReportData;
import org.threatwright.report.layout.DiagramLayout;
import org.threatwright.report.layout.ElkLayout;
import org.threatwright.report.layout.ModelDiagram;
import org.threatwright.report.layout.SvgDiagram;
import org.threatwright.report.layout.Xml;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementTemplate;
import org.threatwright.risk.requirements.RequirementVerification;

/**
 * The report as one self-contained XHTML document (inline CSS and SVG, no scripts, every piece of model text escaped):
 * a title page, a table of contents and the sections {@link #SECTIONS}. The same document is printed to PDF
 * ({@code org.threatwright.report.pdf.PdfReport}); its CSS has paged-media rules (A4, page numbers, a page per major
 * section) that browsers ignore.
 */
public final class HtmlReport {

	/** Section ids and headings, in order. */
	public static final Map<String, String> SECTIONS;

	static {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("summary", "Summary");
		sections.put("diagram", "System diagram");
		sections.put("assets", "Assets and data assets");
		sections.put("components", "Third-party components and suppliers");
		sections.put("threats", "Threat register");
		sections.put("paths", "Attack paths");
		sections.put("heatmap", "Risk heat map");
		sections.put("requirements", "Requirements and traceability");
		sections.put("compliance", "Compliance status per clause");
		sections.put("decisions", "Design decisions");
		sections.put("changes", "Changes since the last baseline");
		SECTIONS = java.util.Collections.unmodifiableMap(sections);
	}

	/** The diagram's largest size in the printed report: an A4 page's text area, in px at 96 dpi. */
	static final double PRINT_WIDTH = 680;
	static final double PRINT_HEIGHT = 900;

	private final ReportData data;
	private final boolean print;
	private final StringBuilder html = new StringBuilder(64 * 1024);
	private final Map<String, String> flowNumbers = new HashMap<>();

	/**
	 * @param print true for the document the PDF is printed from (the diagram is scaled to fit a page); false for a
	 *              browser (the diagram keeps its size and scrolls)
	 */
	public HtmlReport(ReportData data, boolean print) {
		this.data = java.util.Objects.requireNonNull(data, "data");
		this.print = print;
		for (int i = 0; i < data.model().getFlows().size(); i++) {
			flowNumbers.put(data.model().getFlows().get(i).getId(), ModelDiagram.flowNumber(i));
		}
	}

	/** Builds the document: linear in the size of the model and its records, plus the diagram layout. */
	public String render() {
		html.setLength(0);
		html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>");
		html.append("<title>").append(e(data.product() + " " + data.release() + " — threat model report")).append("</title>");
		html.append("<style>").append(ReportCss.css(data.product() + " " + data.release())).append("</style></head><body>");
		titlePage();
		summary();
		diagram();
		assets();
		components();
		threats();
		paths();
		heatMap();
		requirements();
		compliance();
		decisions();
		changes();
		return html.append("</body></html>\n").toString();
	}

	private void titlePage() {
		html.append("<div class=\"title-page\"><p class=\"kicker\">Threat model and risk analysis</p><h1>").append(e(data.product()))
				.append("</h1>");
		html.append("<table class=\"facts\"><tbody>");
		fact("Release", data.release());
		fact("Manufacturer", data.model().getManufacturer());
		fact("IoTSF compliance class", data.model().getComplianceClass() == null ? "" : data.model().getComplianceClass().getLiteral());
		fact("Supported until", data.model().getSupportedUntil() == null ? "" : data.model().getSupportedUntil().toString());
		fact("Analysed as of", data.date().toString());
		fact("Latest baseline", data.baseline() == null ? "none" : data.baseline().name()
				+ (data.baseline().version() == null ? "" : " (" + data.baseline().version() + ")"));
		fact("Model id", data.model().getId());
		html.append("</tbody></table>");
		html.append("<h2 class=\"toc-title\">Contents</h2><ol class=\"toc\">");
		SECTIONS.forEach((id, title) -> html.append("<li><a href=\"#").append(id).append("\">").append(e(title)).append("</a></li>"));
		html.append("</ol><p class=\"generated\">Generated by Threatwright from the system model and its knowledge base.</p></div>");
	}

	private void fact(String label, String value) {
		html.append("<tr><th>").append(e(label)).append("</th><td>").append(e(value == null || value.isBlank() ? "—" : value))
				.append("</td></tr>");
	}

	private void section(String id) {
		html.append("<h2 id=\"").append(id).append("\">").append(e(SECTIONS.get(id))).append("</h2>");
	}

	private void summary() {
		section("summary");
		var register = data.threats();
		html.append("<p>").append(e(data.model().getElements().size() + " elements, " + data.model().getFlows().size()
				+ " data flows, " + countBoundaries(data.model().getBoundaries()) + " trust boundaries, "
				+ data.model().getDataAssets().size() + " data assets, " + data.model().getSuppliers().size() + " suppliers."))
				.append("</p>");
		html.append("<table class=\"counts\"><thead><tr><th>Severity</th>");
		for (Severity s : Severity.values()) {
			html.append("<th>").append(e(s.label())).append("</th>");
		}
		html.append("<th>total</th><th>open</th></tr></thead><tbody><tr><td>Findings</td>");
		register.countsBySeverity().forEach((s, n) -> html.append("<td class=\"sev-").append(s.label()).append("\">").append(n).append("</td>"));
		html.append("<td>").append(register.findings().size()).append("</td><td>").append(register.openCount()).append("</td></tr></tbody></table>");
		html.append("<ul>");
		data.riskRegister().ifPresentOrElse(r -> html.append("<li>").append(e(r.risks().size() + " risks assessed with the method '"
				+ r.method().name() + "'; " + r.exceedingThreshold() + " above the acceptance threshold, "
				+ r.residualExceedingThreshold() + " still above it after treatment.")).append("</li>"),
				() -> html.append("<li>").append(e(noRisks())).append("</li>"));
		html.append("<li>").append(e(data.requirements().requirements().size() + " security requirements, "
				+ data.requirements().controls().size() + " controls, " + data.requirements().evidence().size()
				+ " pieces of verification evidence.")).append("</li>");
		Map<ComplianceStatus, Integer> counts = data.compliance().counts();
		html.append("<li>").append(e("Compliance (IoTSF class " + data.compliance().complianceClass() + ", ZVEI): "
				+ counts.entrySet().stream().map(c -> c.getValue() + " " + c.getKey().label()).collect(Collectors.joining(", ")) + "."))
				.append("</li>");
		html.append("<li>").append(e(data.decisions().size() + " design decisions.")).append("</li>");
		html.append("</ul>");
	}

	private String noRisks() {
		return "No risks assessed yet: the model has no knowledge base (assess them with 'threatwright risk FILE').";
	}

	private void diagram() {
		section("diagram");
		DiagramLayout layout = new ElkLayout(ModelDiagram.of(data.model(), ModelDiagram.FlowLabels.NUMBERED), Direction.DOWN).layout();
		double scale = print ? Math.min(1, Math.min(PRINT_WIDTH / layout.width(), PRINT_HEIGHT / layout.height())) : 1;
		html.append("<div class=\"diagram\">").append(new SvgDiagram(layout).render(layout.width() * scale, layout.height() * scale))
				.append("</div>");
		html.append("<p class=\"legend\">Dashed red boxes are trust boundaries. Arrows are data flows, numbered as in the table"
				+ " below; red dashed arrows are unencrypted. Shapes: boxes devices and gateways (gateways with a thick border),"
				+ " pills cloud services, rounded boxes apps and processes, cylinders data stores, square boxes external entities.</p>");
		html.append("<h3>Data flows</h3>");
		List<List<String>> rows = new ArrayList<>();
		List<DataFlow> flows = data.model().getFlows();
		for (int i = 0; i < flows.size(); i++) {
			DataFlow f = flows.get(i);
			rows.add(List.of(e(ModelDiagram.flowNumber(i)), e(f.getName()), e(name(f.getSource())) + " → " + e(name(f.getTarget())),
					e(literal(f.getProtocol())), e(literal(f.getEncryption())), e(literal(f.getAuthentication())),
					e(f.getDataAssets().stream().map(DataAsset::getName).collect(Collectors.joining(", ")))));
		}
		table(List.of("#", "Flow", "From → to", "Protocol", "Encryption", "Authentication", "Data"), rows, "flows", "No data flows.");
	}

	private void assets() {
		section("assets");
		Map<Element, String> boundaryOf = new HashMap<>();
		data.model().getBoundaries().forEach(b -> boundaries(b, boundaryOf));
		List<List<String>> rows = new ArrayList<>();
		for (Element el : data.model().getElements()) {
			rows.add(List.of(e(el.getName()), e(el.eClass().getName()), e(boundaryOf.getOrDefault(el, "—")),
					e(el.getOwner() == null ? "—" : el.getOwner().getName()), el.isSafetyRelevant() ? "yes" : "no",
					e(el.getInterfaces().stream().map(i -> i.getName()).collect(Collectors.joining(", "))),
					e(el.getDataAssets().stream().map(DataAsset::getName).collect(Collectors.joining(", ")))));
		}
		html.append("<h3>Elements</h3>");
		table(List.of("Element", "Kind", "Trust boundary", "Owner", "Safety", "Interfaces", "Data held"), rows, "assets", "No elements.");
		html.append("<h3>Data assets</h3>");
		rows = new ArrayList<>();
		for (DataAsset asset : data.model().getDataAssets()) {
			String carried = data.model().getFlows().stream().filter(f -> f.getDataAssets().contains(asset))
					.map(f -> flowNumbers.get(f.getId())).collect(Collectors.joining(" "));
			String heldBy = data.model().getElements().stream().filter(el -> el.getDataAssets().contains(asset))
					.map(Element::getName).collect(Collectors.joining(", "));
			rows.add(List.of(e(asset.getName()), e(literal(asset.getCategory())), e(literal(asset.getConfidentiality())),
					e(literal(asset.getIntegrity())), e(literal(asset.getAvailability())), asset.isPersonalData() ? "yes" : "no",
					e(heldBy), e(carried)));
		}
		table(List.of("Data asset", "Category", "C", "I", "A", "Personal", "Held by", "Flows"), rows, "data-assets", "No data assets.");
	}

	private static void boundaries(TrustBoundary boundary, Map<Element, String> boundaryOf) {
		boundary.getBoundaries().forEach(b -> boundaries(b, boundaryOf));
		boundary.getMembers().forEach(m -> boundaryOf.putIfAbsent(m, boundary.getName()));
	}

	private void components() {
		section("components");
		html.append("<p class=\"note\">The central inventory of third-party components with their suppliers and owners"
				+ " (IoTSF 2.4.3.24, 2.4.3.26, 2.4.3.27).</p><h3>Components</h3>");
		List<List<String>> rows = new ArrayList<>();
		for (Element el : data.model().getElements()) {
			componentRows(rows, el.getName(), el.getComponents());
		}
		table(List.of("Element", "Component", "Version", "Type / origin", "Supplier", "Identifier", "Licence", "End of support",
				"Assessor"), rows, "components", "No components recorded.");
		html.append("<h3>Suppliers</h3>");
		rows = new ArrayList<>();
		for (Supplier s : data.model().getSuppliers()) {
			rows.add(List.of(e(s.getName()), e(s.getSecurityContact()), e(s.getSecureDesignEvidence()), e(s.getWebsite())));
		}
		table(List.of("Supplier", "Security contact", "Secure design evidence", "Website"), rows, "suppliers", "No suppliers recorded.");
	}

	private void componentRows(List<List<String>> rows, String element, List<Component> components) {
		for (Component c : components) {
			rows.add(List.of(e(element), e(c.getName()), e(c.getVersion()), e(literal(c.getType()) + " / " + literal(c.getOrigin())),
					e(c.getSupplier() == null ? "—" : c.getSupplier().getName()), "<span class=\"id\">"
							+ e(c.getPurl() != null ? c.getPurl() : c.getCpe()) + "</span>",
					e(c.getLicence()), e(c.getEndOfSupport() == null ? "—" : c.getEndOfSupport().toString()),
					e(c.getAssessor() == null ? "—" : c.getAssessor().getName())));
			componentRows(rows, element, c.getComponents());
		}
	}

	private void threats() {
		section("threats");
		Map<String, RiskAssessment> risks = data.riskRegister().map(r -> r.risks().stream()
				.collect(Collectors.toMap(RiskAssessment::findingId, x -> x, (a, b) -> a))).orElse(Map.of());
		List<List<String>> rows = new ArrayList<>();
		for (Finding f : data.threats().findings()) {
			StringBuilder threat = new StringBuilder();
			threat.append("<b>").append(e(f.title())).append("</b><br/>").append(e(f.explanation()))
					.append("<div class=\"mitigation\">Mitigation: ").append(e(f.rule().mitigation())).append("</div>")
					.append("<div class=\"id\">").append(e(f.id())).append("</div>");
			String status = data.threats().statusOf(f).label() + data.threats().decisionOf(f)
					.map(d -> " (" + d.by() + ": " + d.justification() + ")").orElse("");
			RiskAssessment risk = risks.get(f.id());
			rows.add(List.of("<span class=\"sev sev-" + f.severity().label() + "\">" + e(f.severity().label()) + "</span><br/>"
					+ e(f.stride().label()), threat.toString(),
					e(f.subjects().stream().map(s -> s.name().isEmpty() ? s.id() : s.name()).collect(Collectors.joining(", "))),
					e(status), risk == null ? "—" : e(risk.value() + " " + risk.level().label()
							+ (risk.treatment() == null ? "" : "; " + risk.treatment().option().name().toLowerCase(Locale.ROOT)
									+ ", residual " + risk.residualValue()))));
		}
		html.append("<p>").append(e(data.threats().findings().size() + " findings of " + data.rules().size()
				+ " rules, in the analysis's order.")).append("</p>");
		table(List.of("Severity", "Threat and explanation", "Elements", "Status", "Risk"), rows, "threats", "No findings.");
	}

	private void paths() {
		section("paths");
		if (data.threats().attackPaths().isEmpty()) {
			html.append("<p>No attack paths: no high-value target is reachable from an entry point.</p>");
		}
		for (TargetPaths target : data.threats().attackPaths()) {
			html.append("<h3>To ").append(e(name(target.target()))).append("</h3><ol class=\"paths\">");
			for (AttackPath path : target.paths()) {
				html.append("<li>").append(e(RegisterWriter.describe(path))).append("</li>");
			}
			html.append("</ol><p class=\"note\">").append(e(RegisterWriter.describeCut(target))).append("</p>");
		}
		if (!data.threats().blastRadius().isEmpty()) {
			html.append("<h3>Blast radius of the entry points</h3><ul>");
			for (EntryPointReach reach : data.threats().blastRadius()) {
				html.append("<li>").append(e(RegisterWriter.describeReach(reach))).append("</li>");
			}
			html.append("</ul>");
		}
	}

	private void heatMap() {
		section("heatmap");
		if (data.risks() == null) {
			html.append("<p>").append(e(noRisks())).append("</p>");
			return;
		}
		RiskRegister register = data.risks();
		html.append("<p>").append(e("Method '" + register.method().name() + "': acceptance threshold "
				+ register.method().acceptanceThreshold() + " of " + register.method().maxValue() + ". Each cell counts the risks"
				+ " with that impact and attack feasibility (before treatment).")).append("</p>");
		html.append("<div class=\"heatmap\">").append(HeatMapSvg.render(register.method(), register.heatMap())).append("</div>");
		List<RiskAssessment> top = register.risks().stream().sorted(Comparator.comparingInt(RiskAssessment::value).reversed()
				.thenComparing(RiskAssessment::findingId)).limit(15).toList();
		html.append("<h3>Highest risks</h3>");
		List<List<String>> rows = new ArrayList<>();
		for (RiskAssessment r : top) {
			rows.add(List.of(e(r.title()), e(r.impact()), e(r.feasibility()), e(r.value() + " " + r.level().label()),
					e(r.treatment() == null ? "none" : r.treatment().option().name().toLowerCase(Locale.ROOT)),
					e(Integer.toString(r.residualValue())) + (r.residualExceedsThreshold() ? " <b>above threshold</b>" : "")));
		}
		table(List.of("Risk", "Impact", "Feasibility", "Value", "Treatment", "Residual"), rows, "risks", noRisks());
	}

	private void requirements() {
		section("requirements");
		if (data.requirements().requirements().isEmpty()) {
			html.append("<p>").append(e(data.hasKnowledgeBase()
					? "No security requirements recorded yet (derive them: 'threatwright requirement FILE derive')."
					: "No security requirements yet: the model has no knowledge base.")).append("</p>");
			return;
		}
		RequirementVerification verification = RequirementVerification.of(data.requirements());
		Map<String, Finding> findings = data.threats().findings().stream()
				.collect(Collectors.toMap(Finding::id, f -> f, (a, b) -> a));
		List<List<String>> rows = new ArrayList<>();
		for (Requirement r : data.requirements().requirements()) {
			String traced = r.findings().stream().map(id -> findings.containsKey(id) ? findings.get(id).title() : id + " (no longer derived)")
					.collect(Collectors.joining("; "));
			rows.add(List.of("<span class=\"id\">" + e(r.id()) + "</span>", "<b>" + e(r.title()) + "</b><br/>" + e(r.text()),
					e(r.status().label() + ", " + verification.of(r.id()).state().label()), e(traced),
					e(r.clauses().stream().map(HtmlReport::clause).collect(Collectors.joining(", ")))));
		}
		table(List.of("Id", "Requirement", "Status, verification", "Traced to findings", "Clauses"), rows, "requirements", "");
	}

	static String clause(String iri) {
		return iri.startsWith(RequirementTemplate.CLAUSE_BASE) ? iri.substring(RequirementTemplate.CLAUSE_BASE.length()) : iri;
	}

	private void compliance() {
		section("compliance");
		html.append("<p>").append(e("Assessed against IoTSF compliance class " + data.compliance().complianceClass()
				+ (data.hasKnowledgeBase() ? "" : "; without a knowledge base the checks see the computed default risks and no requirements")
				+ ".")).append("</p>");
		Map<String, List<ClauseResult>> byCatalogue = data.compliance().clauses().stream()
				.collect(Collectors.groupingBy(ClauseResult::catalogue, LinkedHashMap::new, Collectors.toList()));
		byCatalogue.forEach((catalogue, clauses) -> {
			html.append("<h3>").append(e(catalogue)).append("</h3>");
			List<List<String>> rows = new ArrayList<>();
			for (ClauseResult c : clauses) {
				rows.add(List.of(e(c.notation()), e(c.title()), "<span class=\"st st-" + c.status().name().toLowerCase(Locale.ROOT)
						+ "\">" + e(c.status().label()) + "</span>", e(c.reason())));
			}
			table(List.of("Clause", "Title", "Status", "Why"), rows, "compliance", "");
		});
	}

	private void decisions() {
		section("decisions");
		if (data.decisions().isEmpty()) {
			html.append("<p>No design decisions recorded yet.</p>");
			return;
		}
		for (DesignDecision d : data.decisions()) {
			html.append("<div class=\"decision\"><h3>").append(e(d.id() + " " + d.title())).append("</h3><p class=\"note\">")
					.append(e(d.status().label() + ", " + d.date() + ", " + d.author()
							+ (d.supersededBy() == null ? "" : "; superseded by " + d.supersededBy()))).append("</p>");
			para("Context", d.context());
			para("Decision", d.decision());
			if (!d.alternatives().isEmpty()) {
				para("Alternatives", String.join("; ", d.alternatives()));
			}
			para("Consequences", d.consequences());
			List<String> about = new ArrayList<>(d.elements());
			about.addAll(d.findings());
			about.addAll(d.requirements());
			d.clauses().forEach(c -> about.add(clause(c)));
			if (!about.isEmpty()) {
				para("About", String.join(", ", about));
			}
			html.append("</div>");
		}
	}

	private void para(String label, String text) {
		if (text != null && !text.isBlank()) {
			html.append("<p><b>").append(e(label)).append(":</b> ").append(e(text)).append("</p>");
		}
	}

	private void changes() {
		section("changes");
		if (data.baseline() == null || data.changes() == null) {
			html.append("<p>").append(e(data.hasKnowledgeBase()
					? "No baseline yet: the change history starts with the first one ('threatwright baseline create FILE NAME')."
					: "No baseline yet: the model has no knowledge base.")).append("</p>");
			return;
		}
		html.append("<p>").append(e("From baseline '" + data.baseline().name() + "' (" + data.baseline().createdAt() + ", by "
				+ data.baseline().author() + ") to the working model: " + (data.changes().isEmpty() ? "no changes."
						: data.changes().changeCount() + " changes."))).append("</p>");
		for (DiffSection section : data.changes().sections()) {
			html.append("<h3>").append(e(capitalise(section.name()) + " (" + section.changes().size() + ")")).append("</h3><p class=\"note\">")
					.append(e(section.meaning())).append("</p><ul class=\"changes\">");
			for (ResourceChange change : section.changes()) {
				html.append("<li><b>").append(e(change.change())).append("</b> ").append(e(change.type() + " " + change.name()));
				if (ResourceChange.CHANGED.equals(change.change()) && !change.attributes().isEmpty()) {
					html.append("<br/>");
					html.append(e(change.attributes().stream().map(HtmlReport::attribute).collect(Collectors.joining("; "))));
				}
				for (String meaning : change.meaning()) {
					html.append("<br/><i>").append(e(meaning)).append("</i>");
				}
				html.append("</li>");
			}
			html.append("</ul>");
		}
	}

	private static String attribute(AttributeChange a) {
		return a.attribute() + ": " + (a.before().isEmpty() ? "(none)" : String.join(", ", a.before())) + " → "
				+ (a.after().isEmpty() ? "(none)" : String.join(", ", a.after()));
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A table whose cells are HTML already escaped; {@code empty} instead when there are no rows. */
	private void table(List<String> headers, List<List<String>> rows, String cssClass, String empty) {
		if (rows.isEmpty()) {
			html.append("<p>").append(e(empty)).append("</p>");
			return;
		}
		html.append("<table class=\"").append(cssClass).append("\"><thead><tr>");
		headers.forEach(h -> html.append("<th>").append(e(h)).append("</th>"));
		html.append("</tr></thead><tbody>");
		for (List<String> row : rows) {
			html.append("<tr>");
			row.forEach(cell -> html.append("<td>").append(cell == null || cell.isEmpty() ? "—" : cell).append("</td>"));
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	private static int countBoundaries(List<TrustBoundary> boundaries) {
		int n = 0;
		for (TrustBoundary b : boundaries) {
			n += 1 + countBoundaries(b.getBoundaries());
		}
		return n;
	}

	private static String name(Element element) {
		return element == null ? "?" : element.getName();
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null ? "" : value.getLiteral();
	}

	static String e(String text) {
		return Xml.escape(text);
	}
}
