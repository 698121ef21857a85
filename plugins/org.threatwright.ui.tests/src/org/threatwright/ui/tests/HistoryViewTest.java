package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.kb.decisions.DecisionStatus;
import org.threatwright.kb.decisions.DesignDecision;
import org.threatwright.kb.decisions.NewDecision;
import org.threatwright.kb.history.HistoryDiff;
import org.threatwright.kb.history.ResourceChange;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.AnalysisPerspective;
import org.threatwright.ui.analysis.KnowledgeAccess;
import org.threatwright.ui.history.HistoryView;
import org.threatwright.ui.analysis.KnowledgeJob;
import org.threatwright.ui.preferences.KnowledgeCredentials;
import org.threatwright.ui.preferences.KnowledgeLocation;
import org.threatwright.ui.preferences.ThreatwrightPreferences;
import org.threatwright.ui.session.ModelSession;

/** The History view in the running application: baselines, diff, impact, decisions, an unreachable server. */
class HistoryViewTest {

	private static final long TIMEOUT_MILLIS = 60_000;

	@TempDir
	Path dir;
	private Path file;
	private HistoryView view;

	@BeforeEach
	void openExampleInTheAnalysisPerspective() throws Exception {
		file = dir.resolve("hub.tw");
		Files.copy(Path.of(System.getProperty("threatwright.examples"), "smart-home-hub.tw"), file);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().showPerspective(AnalysisPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		assertNotNull(page.findViewReference(HistoryView.ID), "the History view is part of the Analysis perspective");
		view = (HistoryView) page.showView(HistoryView.ID);
		ModelSession.get().open(ModelFiles.load(file), file);
		idle();
	}

	@AfterEach
	void close() throws Exception {
		idle();
		ModelSession.get().close();
		ThreatwrightPreferences.get().setKnowledgeLocation(KnowledgeLocation.BESIDE_MODEL);
		KnowledgeAccess.useCredentials(null);
	}

	@Test
	void aBaselineThenAChangeOnDiskShowsInTheDiffAndTheImpact() throws Exception {
		assertEquals("hub.tw: no knowledge base yet (knowledge base " + dir.resolve("hub.kb")
				+ "); create a baseline or a decision to start one", view.header());
		List<String> failures = new ArrayList<>();

		finish(view.createBaseline("v1", "1.0", failures::add));
		waitUntil(() -> view.baselineNames().equals(List.of("v1")), "baseline v1 listed");
		assertEquals(List.of(), failures);
		assertEquals("History of hub.tw (saved file) in the knowledge base " + dir.resolve("hub.kb")
				+ ": 1 baseline(s), 0 design decision(s)", view.header());

		SystemModel changed = ModelFiles.load(file);
		Element renamed = changed.getElements().getFirst();
		String oldName = renamed.getName();
		renamed.setName("Renamed in a later release");
		ModelFiles.save(changed, file);
		ModelSession.get().open(ModelFiles.load(file), file);
		idle();

		finish(view.compare("v1", "working"));
		waitUntil(() -> view.shownDiff() != null, "the diff shown");
		HistoryDiff diff = view.shownDiff();
		assertEquals("v1", diff.from());
		assertEquals("working", diff.to());
		ResourceChange change = diff.sections().stream().flatMap(s -> s.changes().stream())
				.filter(c -> c.id().equals(renamed.getId())).findFirst().orElseThrow(() -> new AssertionError(diff.toString()));
		assertEquals(ResourceChange.CHANGED, change.change());
		assertEquals(List.of(oldName), change.attribute("title").orElseThrow().before());
		assertEquals(List.of("Renamed in a later release"), change.attribute("title").orElseThrow().after());
		assertNotNull(view.shownImpact());
		assertEquals("v1", view.shownImpact().against());
		assertTrue(view.impactShown().startsWith("Impact of the changes since baseline v1:"), view.impactShown());

		finish(view.createBaseline("v1", "1.1", failures::add));
		waitUntil(() -> !failures.isEmpty(), "the second v1 refused");
		assertEquals(List.of("baseline 'v1' already exists; baselines are never modified: choose another name"), failures);
		assertEquals("hub.tw: baseline 'v1' already exists; baselines are never modified: choose another name", view.header());
	}

	@Test
	void aDecisionIsRecordedThenSuperseded() throws Exception {
		SystemModel model = ModelSession.get().model();
		String element = model.getElements().getFirst().getId();
		List<String> failures = new ArrayList<>();

		finish(view.recordDecision(decision("Pair devices over BLE with a PIN", element, null), failures::add));
		waitUntil(() -> view.shownDecisions().size() == 1, "DEC-001 listed");
		DesignDecision first = view.shownDecisions().getFirst();
		assertEquals("DEC-001", first.id());
		assertEquals(List.of(element), first.elements());
		assertEquals(DecisionStatus.ACCEPTED, first.status());

		finish(view.recordDecision(decision("Pair devices with a QR code", element, "DEC-001"), failures::add));
		waitUntil(() -> view.shownDecisions().size() == 2, "DEC-002 listed");
		assertEquals(List.of(), failures);
		DesignDecision old = view.shownDecisions().stream().filter(d -> d.id().equals("DEC-001")).findFirst().orElseThrow();
		DesignDecision successor = view.shownDecisions().stream().filter(d -> d.id().equals("DEC-002")).findFirst().orElseThrow();
		assertEquals(DecisionStatus.SUPERSEDED, old.status());
		assertEquals("DEC-002", old.supersededBy());
		assertEquals("DEC-001", successor.supersedes());
		assertNull(successor.supersededBy());

		finish(view.recordDecision(decision("Again", element, "DEC-001"), failures::add));
		waitUntil(() -> !failures.isEmpty(), "superseding twice refused");
		assertEquals(2, view.shownDecisions().size(), "nothing recorded: " + failures);
	}

	@Test
	void anUnreachableServerIsNamedInTheHeader() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		URI url = URI.create("http://127.0.0.1:" + port + "/kb");
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()));
		KnowledgeCredentials credentials = new KnowledgeCredentials(
				SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), options));
		credentials.store(url, "ada", "pw".toCharArray());
		KnowledgeAccess.useCredentials(credentials);
		ThreatwrightPreferences.get().setKnowledgeLocation(KnowledgeLocation.server(url, "ada"));

		finish(view.refresh());
		String expected = "hub.tw: Knowledge base " + url + " unreachable: cannot reach the knowledge-base server at " + url + ": ";
		waitUntil(() -> view.header().startsWith(expected), "the header names the server: " + view.header());
	}

	private static NewDecision decision(String title, String element, String supersedes) {
		return new NewDecision(title, "Users pair devices in the home", title, List.of(), null, DecisionStatus.ACCEPTED,
				LocalDate.of(2026, 1, 15), "ada", List.of(element), List.of(), List.of(), List.of(), List.of(), supersedes);
	}

	private static void finish(KnowledgeJob<?> job) throws InterruptedException {
		assertNotNull(job, "a job was scheduled");
		job.join();
		idle();
	}

	/** Lets the other jobs (the analysis on open) end and the UI thread run what they posted. */
	private static void idle() {
		Dialogs.waitForBackgroundWork();
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
	}
}
