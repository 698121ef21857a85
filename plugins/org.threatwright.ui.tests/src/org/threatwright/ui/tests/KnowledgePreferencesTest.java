package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.analysis.KnowledgeAccess;
import org.threatwright.ui.preferences.KnowledgeBasePreferencePage;
import org.threatwright.ui.preferences.KnowledgeCredentials;
import org.threatwright.ui.preferences.KnowledgeLocation;
import org.threatwright.ui.preferences.ThreatwrightPreferences;

/** Knowledge-base location preferences, secure storage of the server password, an unreachable server. */
class KnowledgePreferencesTest {

	private static final String PASSWORD = "s3cret-Pa55word";

	@TempDir
	Path dir;

	@AfterEach
	void restoreDefaults() throws Exception {
		ThreatwrightPreferences.get().setKnowledgeLocation(KnowledgeLocation.BESIDE_MODEL);
		KnowledgeAccess.useCredentials(null);
		InstanceScope.INSTANCE.getNode("org.threatwright.ui.tests.preferences").removeNode();
	}

	/** A secure storage in a file of its own, with a fixed master password: no keyring, nothing in the user's home. */
	private KnowledgeCredentials credentials(Path file) throws Exception {
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()));
		ISecurePreferences root = SecurePreferencesFactory.open(file.toUri().toURL(), options);
		return new KnowledgeCredentials(root);
	}

	private Path model() throws Exception {
		Path model = dir.resolve("hub.tw");
		Files.copy(Path.of(System.getProperty("threatwright.examples"), "smart-home-hub.tw"), model);
		return model;
	}

	@Test
	void theLocationPreferenceDecidesWhatKnowledgeAccessOpens() throws Exception {
		Path model = model();
		Path shared = dir.resolve("shared-kb");

		ThreatwrightPreferences.get().setKnowledgeLocation(KnowledgeLocation.folder(shared));
		try (ProductKnowledge kb = KnowledgeAccess.open(model)) {
			assertEquals(shared.toAbsolutePath().normalize().toString(), kb.describe());
		}
		assertTrue(Files.isDirectory(shared));
		assertFalse(Files.exists(dir.resolve("hub.kb")), "nothing beside the model");
		assertEquals(shared.toString(), KnowledgeAccess.describe(model));

		ThreatwrightPreferences.get().setKnowledgeLocation(KnowledgeLocation.BESIDE_MODEL);
		try (ProductKnowledge kb = KnowledgeAccess.open(model)) {
			assertEquals(dir.resolve("hub.kb").toAbsolutePath().normalize().toString(), kb.describe());
		}
		assertEquals(KnowledgeStores.folderBesideModel(model).toString(), KnowledgeAccess.describe(model));
	}

	@Test
	void thePasswordIsKeptEncryptedInSecureStorageAndReadBack() throws Exception {
		Path storage = dir.resolve("secure_storage");
		URI server = URI.create("http://127.0.0.1:3030/kb");
		KnowledgeCredentials credentials = credentials(storage);

		credentials.store(server, "ada", PASSWORD.toCharArray());

		assertArrayEquals(PASSWORD.toCharArray(), credentials.password(server, "ada").orElseThrow());
		assertTrue(credentials.isEncrypted(server));
		assertTrue(credentials.password(server, "bob").isEmpty(), "another user's password is not given out");
		assertTrue(credentials.password(URI.create("http://127.0.0.1:3031/kb"), "ada").isEmpty());
		String onDisk = Files.readString(storage, StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains(PASSWORD), "the password is not readable in the storage file");
		// a second storage object on the same file reads it back
		assertArrayEquals(PASSWORD.toCharArray(), credentials(storage).password(server, "ada").orElseThrow());
	}

	@Test
	void thePreferencePageKeepsTheServerInThePreferencesAndThePasswordOnlyInSecureStorage() throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode("org.threatwright.ui.tests.preferences");
		ThreatwrightPreferences preferences = new ThreatwrightPreferences(node);
		KnowledgeCredentials credentials = credentials(dir.resolve("secure_storage"));
		Shell shell = new Shell(Display.getCurrent());
		try {
			KnowledgeBasePreferencePage page = new KnowledgeBasePreferencePage(preferences, credentials);
			page.createControl(shell);
			Button server = Dialogs.find(shell, Button.class).stream()
					.filter(b -> (b.getStyle() & SWT.RADIO) != 0 && b.getText().contains("server")).findFirst().orElseThrow();
			server.setSelection(true);
			Dialogs.find(shell, Button.class).stream().filter(b -> (b.getStyle() & SWT.RADIO) != 0 && b != server)
					.forEach(b -> b.setSelection(false));
			Dialogs.press(server);
			var texts = Dialogs.find(shell, Text.class);
			Text url = texts.get(1);
			Text user = texts.get(2);
			Text password = texts.get(3);
			assertNotEquals(0, password.getStyle() & SWT.PASSWORD);
			url.setText("http://127.0.0.1:3030/kb");
			user.setText("ada");
			password.setText(PASSWORD);

			assertTrue(page.performOk(), String.valueOf(page.getErrorMessage()));

			assertEquals(KnowledgeLocation.server(URI.create("http://127.0.0.1:3030/kb"), "ada"), preferences.knowledgeLocation());
			for (String key : node.keys()) {
				assertFalse(node.get(key, "").contains(PASSWORD), key + " holds the password");
			}
			assertEquals(java.util.Set.of("knowledgeBase.location", "knowledgeBase.server", "knowledgeBase.user"),
					java.util.Set.of(node.keys()));
			assertArrayEquals(PASSWORD.toCharArray(),
					credentials.password(URI.create("http://127.0.0.1:3030/kb"), "ada").orElseThrow());
			assertEquals("", password.getText(), "the typed password is not kept on the page");
		} finally {
			shell.dispose();
		}
	}

	@Test
	void anUnreachableServerIsNamedWithTheProblem() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort(); // free now, closed below: nothing listens there
		}
		URI url = URI.create("http://127.0.0.1:" + port + "/kb");
		KnowledgeCredentials credentials = credentials(dir.resolve("secure_storage"));
		credentials.store(url, "ada", PASSWORD.toCharArray());

		KnowledgeAccess.KnowledgeException e = assertThrows(KnowledgeAccess.KnowledgeException.class,
				() -> KnowledgeAccess.open(model(), KnowledgeLocation.server(url, "ada"), credentials));

		assertTrue(e.getMessage().startsWith("Knowledge base " + url + " unreachable: cannot reach the knowledge-base server at "
				+ url + ": "), e.getMessage());
		assertFalse(e.getMessage().contains(PASSWORD));
	}

	@Test
	void aServerWithoutAStoredPasswordSaysWhereToSetIt() throws Exception {
		URI url = URI.create("http://127.0.0.1:3030/kb");
		KnowledgeAccess.KnowledgeException e = assertThrows(KnowledgeAccess.KnowledgeException.class,
				() -> KnowledgeAccess.open(model(), KnowledgeLocation.server(url, "ada"), credentials(dir.resolve("s"))));
		assertEquals("Knowledge base http://127.0.0.1:3030/kb: no password stored for user ada"
				+ " (Window > Preferences > Threatwright > Knowledge Base)", e.getMessage());
	}

	@Test
	void theKeyFileIsMadeOnceReadableByItsOwnerOnly() throws Exception {
		Path keyFile = dir.resolve("keys").resolve("secure-storage.key");
		System.setProperty("threatwright.secureStorageKey", keyFile.toString());
		try {
			var provider = new org.threatwright.ui.preferences.KeyFilePasswordProvider();
			String first = new String(provider.getPassword(null, 0).getPassword());
			String second = new String(provider.getPassword(null, 0).getPassword());
			assertEquals(first, second);
			assertEquals(44, first.length(), "256 random bits in Base64");
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
		} finally {
			System.clearProperty("threatwright.secureStorageKey");
		}
	}
}
