package org.threatwright.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.threatwright.kb.server.KnowledgeServer;
import org.threatwright.kb.server.Passwords;
import org.threatwright.kb.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright serve}: shares a knowledge base with a team over SPARQL (a Fuseki server) until interrupted.
 * Authentication is always on; the password comes from an owner-only file or is generated and printed once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Serves a knowledge base at /kb (SPARQL query, update, graph store protocol) until interrupted.",
				"Every request needs HTTP basic authentication. Listens on 127.0.0.1 unless --bind says otherwise." })
final class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--store", paramLabel = "DIR",
			description = "TDB2 folder to serve, created when absent (default: an empty knowledge base in memory, lost on exit).")
	Path store;

	@Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--bind", defaultValue = KnowledgeServer.LOOPBACK, paramLabel = "ADDR",
			description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
	String bind;

	@Option(names = "--user", defaultValue = KnowledgeServer.DEFAULT_USER, paramLabel = "U", description = "User name (default: ${DEFAULT-VALUE}).")
	String user;

	@Option(names = "--password-file", paramLabel = "F",
			description = "File whose first line is the password; must be readable by its owner only (chmod 600). "
					+ "Without it a password is generated and printed once.")
	Path passwordFile;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		KnowledgeServer server;
		char[] generated = null;
		try {
			char[] password;
			if (passwordFile != null) {
				password = Passwords.readFile(passwordFile);
			} else {
				generated = Passwords.generate();
				password = generated.clone();
			}
			server = KnowledgeServer.builder().tdb2(store).port(port).bindAddress(bind).user(user).password(password).start();
			Arrays.fill(password, '\0');
		} catch (StoreException | IllegalArgumentException e) {
			err.println("threatwright serve: " + e.getMessage());
			err.flush();
			return ExitCode.UNREADABLE;
		}
		if (!isLoopback(bind)) {
			err.println("threatwright serve: warning: listening on " + bind + ", reachable from other machines; basic "
					+ "authentication sends the password unencrypted, so put a TLS proxy in front of it");
			err.flush();
		}
		out.println("Serving " + server.storeDescription() + " at " + server.datasetUrl());
		out.println("User: " + server.user());
		if (generated != null) {
			out.println("Password (generated, shown only this once): " + new String(generated));
			Arrays.fill(generated, '\0');
		}
		out.println("Press Ctrl-C to stop.");
		out.flush();
		return serveUntilStopped(server);
	}

	/** Ctrl-C runs the shutdown hook; an interrupt (in-process use, tests) ends the wait. Either closes the store. */
	private static int serveUntilStopped(KnowledgeServer server) {
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "threatwright-serve-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		boolean interrupted = false;
		try {
			stopped.await();
		} catch (InterruptedException e) {
			interrupted = true; // restored only after closing: Jetty's stop would give up at once in an interrupted thread
		}
		if (stopped.getCount() > 0) {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
				server.close();
			} catch (IllegalStateException shuttingDown) {
				// the JVM is exiting and the hook closes the server
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return ExitCode.OK;
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		} catch (UnknownHostException e) {
			return false;
		}
	}
}
