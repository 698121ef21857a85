package org.threatwright.ui.help;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The user guide shipped in this bundle ({@code help/user-guide.html}), as a file the browser can open. */
public final class UserGuide {

	static final String ENTRY = "help/user-guide.html";

	private UserGuide() {
	}

	/**
	 * The guide as a local file (extracted from the bundle when it is a jar, with the pages beside it).
	 *
	 * @throws IOException when the bundle does not hold it or it cannot be extracted
	 */
	public static Path file() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(UserGuide.class);
		URL entry = bundle == null ? null : bundle.getEntry(ENTRY);
		if (entry == null) {
			throw new IOException("the user guide " + ENTRY + " is not in the application");
		}
		// extract the whole folder: the guide's images are beside it
		FileLocator.toFileURL(bundle.getEntry("help/"));
		URL file = FileLocator.toFileURL(entry);
		try {
			return Path.of(new URL(file.toString().replace(" ", "%20")).toURI());
		} catch (URISyntaxException e) {
			throw new IOException("the user guide cannot be located: " + e.getMessage(), e);
		}
	}
}
