package org.threatwright.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.threatwright.kb.compliance.ClauseResult;
import org.threatwright.model.Component;
import org.threatwright.model.Element;
import org.threatwright.report.ReportData;
import org.threatwright.report.table.RegisterRows;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementVerification;

/**
 * The threat register as an XLSX workbook: a sheet "Threats" with the columns of the CSV file, and sheets for the
 * third-party components, the requirements and the compliance status per clause. Header rows are bold and frozen.
 */
public final class RegisterWorkbook {

	private RegisterWorkbook() {
	}

	public static void write(ReportData data, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Threatwright", "1.0");
		sheet(workbook, "Threats", RegisterRows.HEADER, RegisterRows.of(data));
		sheet(workbook, "Components", List.of("element", "component", "version", "type", "origin", "supplier", "purl", "cpe",
				"licence", "end of support", "assessor"), components(data));
		RequirementVerification verification = RequirementVerification.of(data.requirements());
		List<List<String>> requirements = new ArrayList<>();
		for (Requirement r : data.requirements().requirements()) {
			requirements.add(List.of(r.id(), r.title(), r.status().label(), verification.of(r.id()).state().label(),
					String.join(" ", r.findings()), String.join(" ", r.clauses())));
		}
		sheet(workbook, "Requirements", List.of("id", "title", "status", "verification", "findings", "clauses"), requirements);
		List<List<String>> clauses = new ArrayList<>();
		for (ClauseResult c : data.compliance().clauses()) {
			clauses.add(List.of(c.catalogue(), c.notation(), nz(c.title()), nz(c.applicability()), c.status().label(), nz(c.reason())));
		}
		sheet(workbook, "Compliance", List.of("catalogue", "clause", "title", "applicability", "status", "reason"), clauses);
		workbook.finish();
	}

	static List<List<String>> components(ReportData data) {
		List<List<String>> rows = new ArrayList<>();
		for (Element element : data.model().getElements()) {
			addComponents(rows, element.getName(), element.getComponents());
		}
		return rows;
	}

	private static void addComponents(List<List<String>> rows, String element, List<Component> components) {
		for (Component c : components) {
			rows.add(List.of(nz(element), nz(c.getName()), nz(c.getVersion()), c.getType() == null ? "" : c.getType().getLiteral(),
					c.getOrigin() == null ? "" : c.getOrigin().getLiteral(), c.getSupplier() == null ? "" : nz(c.getSupplier().getName()),
					nz(c.getPurl()), nz(c.getCpe()), nz(c.getLicence()), c.getEndOfSupport() == null ? "" : c.getEndOfSupport().toString(),
					c.getAssessor() == null ? "" : nz(c.getAssessor().getName())));
			addComponents(rows, element, c.getComponents());
		}
	}

	private static void sheet(Workbook workbook, String name, List<String> header, List<List<String>> rows) {
		Worksheet sheet = workbook.newWorksheet(name);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().fillColor("DDE4EE").set();
		}
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				sheet.value(r + 1, c, row.get(c));
			}
		}
		sheet.freezePane(0, 1);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}
}
