package org.threatwright.interchange;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.interchange.internal.ElementKind;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/** The peer-tool fixtures (test resources under peers/) and counts over imported models. */
final class Fixtures {

	private Fixtures() {
	}

	static Path peer(String relative) {
		try {
			return Path.of(Fixtures.class.getResource("/peers/" + relative).toURI());
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An example model of the repository (models/examples). */
	static SystemModel example(String name) {
		try {
			return org.threatwright.model.io.ModelFiles.load(Path.of(System.getProperty("threatwright.examples"), name));
		} catch (org.threatwright.model.io.ModelFileException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Kind → number of elements, e.g. {data-store=1, external-entity=1, process=9}. */
	static Map<String, Long> kinds(SystemModel model) {
		return new TreeMap<>(model.getElements().stream()
				.collect(Collectors.groupingBy(e -> ElementKind.of(e).otmType(), Collectors.counting())));
	}

	/** All boundaries, nested ones included. */
	static long boundaries(SystemModel model) {
		long count = 0;
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof TrustBoundary) {
				count++;
			}
		}
		return count;
	}
}
