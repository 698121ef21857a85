package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.kb.compliance.CheckResult;
import org.threatwright.kb.compliance.ClauseResult;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.compliance.ComplianceStatus;
import org.threatwright.kb.compliance.Evidence;
import org.threatwright.kb.compliance.Violation;
import org.threatwright.risk.requirements.Attribution;
import org.threatwright.risk.requirements.Change;
import org.threatwright.risk.requirements.Control;
import org.threatwright.risk.requirements.ControlStatus;
import org.threatwright.risk.requirements.EvidenceKind;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementStatus;
import org.threatwright.risk.requirements.VerificationResult;
import org.threatwright.ui.compliance.ComplianceRows;

/** The compliance dashboard's rows, totals and a clause's evidence, exactly. */
class ComplianceRowsTest {

	private static final String CLAUSE = "https://threatwright.org/catalogue/zvei-hpr/1.4";
	private static final Attribution BY_ANN = Attribution.of(new Change("ann", Instant.EPOCH));

	private static ClauseResult clause(String notation, ComplianceStatus status, List<CheckResult> checks) {
		return new ClauseResult("scheme", "ZVEI HPR", notation.equals("1.4") ? CLAUSE : "iri-" + notation, notation,
				"title " + notation, null, status, "reason " + notation, checks);
	}

	private final CheckResult check = new CheckResult("check", "Requirements verified", null, ComplianceStatus.NOT_MET,
			"1 requirement unverified", List.of(new Evidence("e", "REQ-1", "Signed updates", "verified by EV-1")),
			List.of(new Violation("f", "REQ-2", "Debug port", "no passed verification")), null);
	private final ComplianceReport report = new ComplianceReport("Hub", "1", "m1", LocalDate.of(2026, 11, 23), 2, 2,
			List.of(clause("1.1", ComplianceStatus.MET, List.of()), clause("1.4", ComplianceStatus.NOT_MET, List.of(check)),
					clause("3.1", ComplianceStatus.MANUAL, List.of()), clause("3.2", ComplianceStatus.MANUAL, List.of())));

	@Test
	void totalsCountEveryStatus() {
		ComplianceRows rows = new ComplianceRows(report);
		assertEquals(4, rows.rows().size());
		assertEquals("1 met, 1 not met, 2 need manual evidence, 0 not applicable, 0 reserved", rows.summary());
	}

	@Test
	void aClauseDrillsDownToChecksRequirementsControlsVerificationsAndFindings() {
		Requirement req = new Requirement("REQ-2", "Close the debug port", "text", null, RequirementStatus.APPROVED,
				Set.of("debug@e1"), Set.of(), Set.of(CLAUSE), Set.of(), BY_ANN);
		Control ctl = new Control("CTL-1", "Fuse blown at end of line", null, ControlStatus.PLANNED, Set.of("REQ-2"), Set.of(),
				Set.of(), BY_ANN);
		org.threatwright.risk.requirements.Evidence ev = new org.threatwright.risk.requirements.Evidence("EV-1",
				EvidenceKind.PEN_TEST, VerificationResult.FAILED, LocalDate.of(2026, 11, 20), "bob", null, "port still open",
				Set.of(), Set.of("CTL-1"), Set.of(), Instant.EPOCH);
		RequirementBook book = new RequirementBook(List.of(req), List.of(ctl), List.of(ev));
		assertEquals(List.of("1.4 title 1.4: not met", "reason 1.4", "", "Automated checks: 1",
				"  not met: Requirements verified: 1 requirement unverified", "    satisfied by Signed updates (verified by EV-1)",
				"    violated by Debug port: no passed verification", "", "Requirements: 1",
				"  REQ-2 (approved) Close the debug port", "Controls: 1", "  CTL-1 (planned) Fuse blown at end of line",
				"Verifications: 1", "  EV-1 pen-test failed on 2026-11-20: port still open", "Findings: 1", "  debug@e1"),
				ComplianceRows.evidence(report.clauses().get(1), book));
	}
}
