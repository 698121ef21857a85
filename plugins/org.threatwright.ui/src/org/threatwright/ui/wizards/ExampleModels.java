package org.threatwright.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example models shipped in this bundle ({@code examples/*.tw}, copied from the repository's
 * {@code models/examples} at build time), for the New Model wizard.
 */
public final class ExampleModels {

	static final String FOLDER = "examples";

	private ExampleModels() {
	}

	/** The file names of the examples, sorted; empty if the bundle has none. */
	public static List<String> names() {
		Bundle bundle = FrameworkUtil.getBundle(ExampleModels.class);
		List<String> names = new ArrayList<>();
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(FOLDER, "*.tw", false);
		if (entries != null) {
			for (URL url : Collections.list(entries)) {
				String path = url.getPath();
				names.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		Collections.sort(names);
		return names;
	}

	/** The bytes of one example. */
	public static byte[] content(String name) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(ExampleModels.class);
		URL url = bundle == null ? null : bundle.getEntry(FOLDER + "/" + name);
		if (url == null) {
			throw new IOException("no example model named " + name + " in the application");
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}
}
