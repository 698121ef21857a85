package org.threatwright.ui.preferences;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The passwords of knowledge-base servers, encrypted in Eclipse secure storage under
 * {@code org.threatwright/kb/<url>}: never in the plain preference store, never in a log or a message.
 */
public final class KnowledgeCredentials {

	static final String ROOT = "org.threatwright/kb";
	static final String USER = "user";
	static final String PASSWORD = "password";

	private final ISecurePreferences storage;

	/** @param storage the root of a secure storage (the default one, or a file of its own in tests) */
	public KnowledgeCredentials(ISecurePreferences storage) {
		this.storage = Objects.requireNonNull(storage, "storage");
	}

	/** The user's default secure storage. */
	public static KnowledgeCredentials standard() {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		if (root == null) {
			throw new IllegalStateException("Eclipse secure storage cannot be opened");
		}
		return new KnowledgeCredentials(root);
	}

	/** The node of one server: the URL is encoded, since a node path may not hold '/' in a name. */
	static String nodePath(URI server) {
		return ROOT + "/" + EncodingUtils.encodeSlashes(server.toString());
	}

	/**
	 * Stores the password of {@code user} on {@code server}, encrypted, and saves the storage.
	 *
	 * @throws StorageException when it cannot be encrypted or saved (nothing is stored then)
	 */
	public void store(URI server, String user, char[] password) throws StorageException {
		ISecurePreferences node = storage.node(nodePath(server));
		node.put(USER, user, false);
		node.put(PASSWORD, new String(password), true);
		try {
			storage.flush();
		} catch (java.io.IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}

	/**
	 * The password stored for {@code user} on {@code server}; empty when none is stored for that user.
	 *
	 * @throws StorageException when it cannot be decrypted
	 */
	public Optional<char[]> password(URI server, String user) throws StorageException {
		String path = nodePath(server);
		if (!storage.nodeExists(path)) {
			return Optional.empty();
		}
		ISecurePreferences node = storage.node(path);
		String password = node.get(PASSWORD, null);
		if (password == null || !Objects.equals(node.get(USER, null), user)) {
			return Optional.empty();
		}
		return Optional.of(password.toCharArray());
	}

	/** Whether the password is kept encrypted (false when no password is stored). */
	public boolean isEncrypted(URI server) throws StorageException {
		String path = nodePath(server);
		return storage.nodeExists(path) && storage.node(path).isEncrypted(PASSWORD);
	}

	/** Forgets the server's password. */
	public void remove(URI server) throws java.io.IOException {
		String path = nodePath(server);
		if (storage.nodeExists(path)) {
			storage.node(path).removeNode();
			storage.flush();
		}
	}
}
