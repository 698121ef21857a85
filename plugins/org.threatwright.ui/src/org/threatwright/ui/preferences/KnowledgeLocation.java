package org.threatwright.ui.preferences;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

import org.threatwright.kb.store.KnowledgeStores;

/**
 * Where the desktop application keeps a model's knowledge base: beside the model ({@code X.kb} beside
 * {@code X.tw}, the default and what the command line does without options), one TDB2 folder (the command line's
 * {@code --store DIR}) or a server started by {@code threatwright serve} (the command line's {@code --remote URL
 * --user U}). The server's password is not part of this: it is kept in secure storage ({@link KnowledgeCredentials}).
 */
public record KnowledgeLocation(Kind kind, Path folder, URI server, String user) {

	/** The three places. */
	public enum Kind {
		BESIDE_MODEL, FOLDER, SERVER
	}

	/** The default: the folder {@code X.kb} beside each model file. */
	public static final KnowledgeLocation BESIDE_MODEL = new KnowledgeLocation(Kind.BESIDE_MODEL, null, null, null);

	public KnowledgeLocation {
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.FOLDER && folder == null) {
			throw new IllegalArgumentException("a knowledge-base folder location needs the folder");
		}
		if (kind == Kind.SERVER && (server == null || user == null || user.isBlank())) {
			throw new IllegalArgumentException("a knowledge-base server location needs the URL and the user");
		}
	}

	public static KnowledgeLocation folder(Path folder) {
		return new KnowledgeLocation(Kind.FOLDER, folder, null, null);
	}

	public static KnowledgeLocation server(URI url, String user) {
		return new KnowledgeLocation(Kind.SERVER, null, url, user);
	}

	/** What the user reads: where the knowledge base of {@code modelFile} (may be null) is. */
	public String describe(Path modelFile) {
		return switch (kind) {
			case BESIDE_MODEL -> modelFile == null ? "beside the model (X.kb beside X.tw)"
					: KnowledgeStores.folderBesideModel(modelFile).toString();
			case FOLDER -> folder.toString();
			case SERVER -> server + " (user " + user + ")";
		};
	}
}
