package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ServeCommandTest {

	private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/kb)");
	private static final Pattern PASSWORD = Pattern.compile("Password \\(generated, shown only this once\\): (\\S+)");

	@TempDir
	Path temp;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesUntilInterruptedWithAGeneratedPasswordPrintedOnce() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		AtomicInteger exitCode = new AtomicInteger(-1);
		Thread serving = new Thread(() -> exitCode.set(newCommandLine(out, err).execute("serve", "--port", "0",
				"--store", temp.resolve("team.kb").toString())));
		serving.start();
		Matcher url = awaitLine(out, err, URL);
		Matcher password = PASSWORD.matcher(out.toString());
		assertTrue(password.find(), out.toString());
		assertTrue(out.toString().contains("User: threatwright"), out.toString());
		assertFalse(url.group(1).contains(password.group(1)), "the URL carries no password");

		URI ask = URI.create(url.group(1) + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
		assertEquals(401, get(ask, null).statusCode());
		assertEquals(401, get(ask, "threatwright:wrong").statusCode());
		assertEquals(200, get(ask, "threatwright:" + password.group(1)).statusCode());

		serving.interrupt();
		serving.join(30_000);
		assertFalse(serving.isAlive());
		assertEquals(0, exitCode.get());
		assertThrows(ConnectException.class, () -> get(ask, null), "stopped listening");
		assertTrue(Files.isDirectory(temp.resolve("team.kb").resolve("Data-0001")), "served a TDB2 folder");
	}

	@Test
	void takesThePasswordFromAnOwnerOnlyFileAndRefusesOthers() throws Exception {
		Path file = Files.writeString(temp.resolve("password"), "from-the-file\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		CliRun refused = CliRun.of("serve", "--port", "0", "--password-file", file.toString());
		assertEquals(3, refused.exitCode());
		assertTrue(refused.err().contains("owner-only"), refused.err());

		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Thread serving = new Thread(() -> newCommandLine(out, err).execute("serve", "--port", "0", "--user", "alice",
				"--password-file", file.toString()));
		serving.start();
		try {
			Matcher url = awaitLine(out, err, URL);
			assertFalse(out.toString().contains("from-the-file"), "a password from a file is never printed");
			URI ask = URI.create(url.group(1) + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
			assertEquals(200, get(ask, "alice:from-the-file").statusCode());
		} finally {
			serving.interrupt();
			serving.join(30_000);
		}
	}

	@Test
	void aFolderThatIsNotAKnowledgeBaseIsAnError() throws IOException {
		Files.writeString(temp.resolve("notes.txt"), "mine");
		CliRun run = CliRun.of("serve", "--port", "0", "--store", temp.toString());
		assertEquals(3, run.exitCode());
		assertTrue(run.err().contains("not a TDB2 database") && run.err().contains(temp.toString()), run.err());
	}

	private static CommandLine newCommandLine(StringWriter out, StringWriter err) {
		CommandLine commandLine = ThreatwrightCommand.newCommandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine;
	}

	private static Matcher awaitLine(StringWriter out, StringWriter err, Pattern pattern) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			Matcher matcher = pattern.matcher(out.toString());
			if (matcher.find()) {
				return matcher;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the server did not start:\n" + out + "\n" + err);
	}

	private HttpResponse<String> get(URI uri, String credentials) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
		if (credentials != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
