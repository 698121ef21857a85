package org.threatwright.diagram.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.diagram.notation.NotationFiles;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

/**
 * Development harness: serves the diagram editor for one model file to a plain browser (Chromium headless or
 * under Xvfb), with a fresh editing domain as the desktop application would give. Ctrl+S in the page saves
 * the model and its notation file. Usage:
 * {@code StandaloneDiagramServer MODEL.tw [WEB_DIR]} (WEB_DIR: the built client, default {@code web/dist});
 * prints {@code DIAGRAM-URL <url>} and runs until killed.
 */
public final class StandaloneDiagramServer {

	private StandaloneDiagramServer() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: StandaloneDiagramServer MODEL.tw [WEB_DIR]");
			System.exit(2);
		}
		Path modelFile = Path.of(args[0]).toAbsolutePath();
		Path web = Path.of(args.length > 1 ? args[1] : "web/dist").toAbsolutePath();
		if (!Files.isRegularFile(web.resolve("index.html"))) {
			System.err.println(web + ": no index.html (build the client: mvn -Pweb ... or npm ci && npm run build in web/)");
			System.exit(2);
		}
		try (DiagramSession session = open(modelFile); DiagramServer server = new DiagramServer(session, web.toUri())) {
			server.start();
			System.out.println("DIAGRAM-URL " + server.pageUrl());
			System.out.flush();
			new CountDownLatch(1).await();
		}
	}

	/** Loads {@code modelFile} and its notation into a session whose saver writes both atomically. */
	public static DiagramSession open(Path modelFile) throws Exception {
		SystemModel model = ModelFiles.load(modelFile);
		Path notationFile = NotationFiles.notationFileOf(modelFile);
		DiagramNotation notation = NotationFiles.load(notationFile);
		DiagramSession session = new DiagramSession(newDomain(), model, notation);
		session.setSaver(s -> {
			ModelFiles.save(s.model(), modelFile);
			NotationFiles.save(s.notation(), notationFile);
			((BasicCommandStack) s.commandStack()).saveIsDone();
		});
		return session;
	}

	/** An editing domain as the desktop application makes one: reflective item providers, a basic command stack. */
	public static AdapterFactoryEditingDomain newDomain() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
	}

	static URI webRootOf(Path dir) {
		return dir.toUri();
	}
}
