package org.threatwright.ui.preferences;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.threatwright.kb.catalogue.CatalogueScheme;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.method.RiskMethodFiles;

/**
 * The user's Threatwright settings (Window &gt; Preferences), in the instance preference scope of the
 * {@code org.threatwright.ui} bundle: the one place views read them from.
 * <ul>
 * <li>{@link #knowledgeLocation()}: where the knowledge base is ({@link org.threatwright.ui.analysis.KnowledgeAccess}
 * honours it); the server password is in secure storage ({@link KnowledgeCredentials}), never here;</li>
 * <li>{@link #riskMethod()}: the risk method (built in, or a method JSON file) risk views assess with;</li>
 * <li>{@link #enabledCatalogues(List)}: which built-in compliance catalogues compliance views check against.</li>
 * </ul>
 * Reading never fails: a broken value reads as the default, and {@link #riskMethod()} names a bad method file.
 */
public final class ThreatwrightPreferences {

	/** The preference node (the bundle's symbolic name). */
	public static final String NODE = "org.threatwright.ui";
	static final String KB_LOCATION = "knowledgeBase.location";
	static final String KB_FOLDER = "knowledgeBase.folder";
	static final String KB_SERVER = "knowledgeBase.server";
	static final String KB_USER = "knowledgeBase.user";
	static final String RISK_METHOD_FILE = "risk.methodFile";
	static final String DISABLED_CATALOGUES = "catalogues.disabled";

	private final IEclipsePreferences node;

	/** @param node where the values are kept (the instance scope node, or one of its own in tests) */
	public ThreatwrightPreferences(IEclipsePreferences node) {
		this.node = Objects.requireNonNull(node, "node");
	}

	/** The workbench user's preferences (instance scope). */
	public static ThreatwrightPreferences get() {
		return new ThreatwrightPreferences(InstanceScope.INSTANCE.getNode(NODE));
	}

	/** Where the knowledge base is; beside the model when nothing (or nothing usable) is set. */
	public KnowledgeLocation knowledgeLocation() {
		String kind = node.get(KB_LOCATION, KnowledgeLocation.Kind.BESIDE_MODEL.name());
		try {
			return switch (KnowledgeLocation.Kind.valueOf(kind)) {
				case BESIDE_MODEL -> KnowledgeLocation.BESIDE_MODEL;
				case FOLDER -> KnowledgeLocation.folder(Path.of(node.get(KB_FOLDER, "")));
				case SERVER -> KnowledgeLocation.server(new URI(node.get(KB_SERVER, "")), node.get(KB_USER, ""));
			};
		} catch (IllegalArgumentException | URISyntaxException e) {
			return KnowledgeLocation.BESIDE_MODEL;
		}
	}

	/** Sets where the knowledge base is, and saves the preferences. */
	public void setKnowledgeLocation(KnowledgeLocation location) throws IOException {
		node.put(KB_LOCATION, location.kind().name());
		put(KB_FOLDER, location.folder() == null ? null : location.folder().toString());
		put(KB_SERVER, location.server() == null ? null : location.server().toString());
		put(KB_USER, location.user());
		flush();
	}

	/** The risk method file chosen, or null for the built-in method. */
	public Path riskMethodFile() {
		String file = node.get(RISK_METHOD_FILE, "");
		return file.isBlank() ? null : Path.of(file);
	}

	/** Chooses a risk method file (null: the built-in method), and saves the preferences. */
	public void setRiskMethodFile(Path file) throws IOException {
		put(RISK_METHOD_FILE, file == null ? null : file.toString());
		flush();
	}

	/**
	 * The risk method to assess with: the built-in ISO/SAE 21434 method, or the chosen file's.
	 *
	 * @throws IOException naming the file when it cannot be read
	 * @throws org.threatwright.risk.method.RiskMethodException naming the file, the place and the problem when it is
	 *         not a valid method
	 */
	public RiskMethod riskMethod() throws IOException {
		Path file = riskMethodFile();
		return file == null ? RiskMethod.defaultMethod() : RiskMethodFiles.load(file);
	}

	/**
	 * The catalogues of {@code available} (scheme IRIs) that are enabled, in the given order: all but those the user
	 * switched off, so that a catalogue added in a new version is enabled at first.
	 */
	public List<String> enabledCatalogues(List<String> available) {
		Set<String> disabled = disabledCatalogues();
		return available.stream().filter(iri -> !disabled.contains(iri)).toList();
	}

	/** The enabled catalogues among the built-in ones. */
	public List<CatalogueScheme> enabledCatalogueSchemes(List<CatalogueScheme> available) {
		Set<String> disabled = disabledCatalogues();
		return available.stream().filter(s -> !disabled.contains(s.iri())).toList();
	}

	/** Enables exactly {@code enabled} among {@code available} (scheme IRIs), and saves the preferences. */
	public void setEnabledCatalogues(List<String> available, Set<String> enabled) throws IOException {
		Set<String> disabled = new TreeSet<>(disabledCatalogues());
		for (String iri : available) {
			if (enabled.contains(iri)) {
				disabled.remove(iri);
			} else {
				disabled.add(iri);
			}
		}
		put(DISABLED_CATALOGUES, disabled.isEmpty() ? null : String.join(" ", disabled));
		flush();
	}

	private Set<String> disabledCatalogues() {
		return Arrays.stream(node.get(DISABLED_CATALOGUES, "").split(" ")).filter(s -> !s.isBlank())
				.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private void put(String key, String value) {
		if (value == null) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}

	private void flush() throws IOException {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new IOException("the preferences cannot be saved: " + e.getMessage(), e);
		}
	}
}
