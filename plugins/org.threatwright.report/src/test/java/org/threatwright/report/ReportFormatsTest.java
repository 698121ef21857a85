package org.threatwright.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.model.SmallModels;
import org.threatwright.report.html.HtmlReport;
import org.threatwright.report.sarif.SarifWriter;
import org.threatwright.report.table.RegisterRows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

class ReportFormatsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

	private static ReportData small(SmallModels small) {
		return new ReportInputs(small.model, null, DAY, Map.of()).collect();
	}

	@Test
	void sarifHasOneResultPerFindingWithRuleLevelLocationsAndFingerprint() throws Exception {
		SmallModels models = new SmallModels();
		ReportData data = small(models);
		List<Finding> findings = data.threats().findings();
		assertFalse(findings.isEmpty(), "the small model has findings");
		JsonNode log = new ObjectMapper().readTree(ReportFormat.SARIF.render(data, "hub.tw", id -> id.equals(models.hub.getId()) ? 7 : 0));
		assertEquals("2.1.0", log.get("version").asText());
		assertEquals(SarifWriter.SCHEMA, log.get("$schema").asText());
		JsonNode run = log.get("runs").get(0);
		Set<String> ruleIds = new java.util.HashSet<>();
		run.get("tool").get("driver").get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
		assertEquals(data.rules().stream().map(r -> r.id()).collect(Collectors.toSet()), ruleIds);
		JsonNode results = run.get("results");
		assertEquals(findings.size(), results.size());
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			JsonNode result = results.get(i);
			assertEquals(f.ruleId(), result.get("ruleId").asText());
			assertEquals(SarifWriter.level(f.severity()), result.get("level").asText());
			assertEquals(f.id(), result.get("partialFingerprints").get(SarifWriter.FINGERPRINT).asText());
			JsonNode location = result.get("locations").get(0);
			assertEquals("hub.tw", location.get("physicalLocation").get("artifactLocation").get("uri").asText());
			List<String> names = new ArrayList<>();
			location.get("logicalLocations").forEach(l -> names.add(l.get("name").asText()));
			assertEquals(f.subjects().stream().map(s -> s.name().isEmpty() ? s.id() : s.name()).toList(), names);
			boolean onHub = f.subjects().get(0).id().equals(models.hub.getId());
			assertEquals(onHub, location.get("physicalLocation").has("region"));
		}
		assertTrue(results.get(0).get("level").asText().matches("error|warning|note"));
	}

	@Test
	void csvHasTheHeaderAndOneQuotedRowPerFinding() throws Exception {
		SmallModels models = new SmallModels();
		models.hub.setName("Hub, \"main\"\nunit");
		ReportData data = small(models);
		String csv = new String(ReportFormat.CSV.render(data, "x", id -> 0), StandardCharsets.UTF_8);
		CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
		List<List<String>> rows = new ArrayList<>();
		try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(new StringReader(csv))) {
			it.forEachRemaining(rows::add);
		}
		assertEquals(data.threats().findings().size() + 1, rows.size());
		assertEquals(RegisterRows.HEADER, rows.get(0));
		assertEquals(RegisterRows.of(data), rows.subList(1, rows.size()));
		assertTrue(rows.stream().anyMatch(r -> r.get(5).contains("Hub, \"main\"\nunit (Gateway)")), "the hostile name survives quoting");
	}

	@Test
	void xlsxReadsBackTheSameCells() throws Exception {
		ReportData data = small(new SmallModels());
		byte[] xlsx = ReportFormat.XLSX.render(data, "x", id -> 0);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
			assertEquals(List.of("Threats", "Components", "Requirements", "Compliance"), sheets);
			List<Row> rows = workbook.getFirstSheet().read();
			assertEquals(data.threats().findings().size() + 1, rows.size());
			List<List<String>> expected = new ArrayList<>();
			expected.add(RegisterRows.HEADER);
			expected.addAll(RegisterRows.of(data));
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < RegisterRows.HEADER.size(); c++) {
					String cell = rows.get(r).getCellAsString(c).orElse("");
					assertEquals(expected.get(r).get(c), cell, "row " + r + " column " + c);
				}
			}
			List<Row> components = workbook.getSheets().filter(s -> s.getName().equals("Components")).findFirst().orElseThrow().read();
			assertEquals(3, components.size(), "header, firmware and TLS library");
		}
	}

	@Test
	void htmlHasEverySectionAndEscapesHostileNames() {
		SmallModels models = new SmallModels();
		models.hub.setName("<script>alert(1)</script>");
		models.model.setName("Hub & <b>co</b>");
		String html = new HtmlReport(small(models), false).render();
		for (var section : HtmlReport.SECTIONS.entrySet()) {
			assertTrue(html.contains("<h2 id=\"" + section.getKey() + "\">" + section.getValue().replace("&", "&amp;") + "</h2>"),
					section.getValue());
		}
		assertFalse(html.contains("<script>"));
		assertFalse(html.contains("<b>co</b>"));
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(html.contains("No risks assessed yet"), "without a knowledge base");
		assertTrue(html.contains("No baseline yet"));
	}

	@Test
	void reportWithAnEmptyKnowledgeBaseSaysWhatIsMissing() {
		SmallModels models = new SmallModels();
		try (ProductKnowledge kb = ProductKnowledge.in(KnowledgeStores.memory())) {
			ReportData data = new ReportInputs(models.model, kb, DAY, Map.of()).collect();
			assertTrue(data.hasKnowledgeBase());
			assertEquals(data.threats().findings().size(), data.risks().risks().size(), "every finding's risk is assessed");
			String html = new HtmlReport(data, false).render();
			assertTrue(html.contains("No security requirements recorded yet"));
			assertTrue(html.contains("No design decisions recorded yet"));
			assertTrue(html.contains("<svg"), "heat map and diagram");
		}
	}

	@Test
	void pdfOpensWithSeveralPagesAndNamesTheModelOnTheFirst() throws Exception {
		SmallModels models = new SmallModels();
		byte[] pdf = ReportFormat.PDF.render(small(models), "x", id -> 0);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertTrue(document.getNumberOfPages() > 1, "pages: " + document.getNumberOfPages());
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String first = stripper.getText(document);
			assertTrue(first.contains("Test hub"), first);
			stripper.setStartPage(1);
			stripper.setEndPage(document.getNumberOfPages());
			String all = stripper.getText(document);
			for (String heading : HtmlReport.SECTIONS.values()) {
				assertTrue(all.contains(heading), heading);
			}
		}
	}
}
