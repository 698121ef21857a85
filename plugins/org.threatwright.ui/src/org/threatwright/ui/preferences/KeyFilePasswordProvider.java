package org.threatwright.ui.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of the secure storage when no operating-system keyring module is installed (the
 * product on Maven Central has none): a random 256-bit key in {@code ~/.threatwright/secure-storage.key}, created
 * on first use readable and writable by its owner only. This keeps server passwords out of plain preference files,
 * exports and workspace backups; like any key kept on disk it does not protect them from someone who can read the
 * user's files.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

	/** Where the key is kept unless the system property {@code threatwright.secureStorageKey} names a file. */
	static Path keyFile() {
		String configured = System.getProperty("threatwright.secureStorageKey");
		return configured != null ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".threatwright", "secure-storage.key");
	}

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		try {
			return new PBEKeySpec(key(keyFile()).toCharArray());
		} catch (IOException e) {
			ILog.of(KeyFilePasswordProvider.class).log(Status.error("Secure storage key " + keyFile() + ": " + e.getMessage(), e));
			return null; // secure storage reports "no password": the caller names the problem
		}
	}

	/** The key in {@code file}, created first (owner-only, atomically) when there is none. */
	static String key(Path file) throws IOException {
		if (!Files.exists(file)) {
			Files.createDirectories(file.getParent());
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			Path temp = Files.createTempFile(file.getParent(), "key", ".tmp");
			try {
				setOwnerOnly(temp);
				Files.writeString(temp, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII,
						StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
				Files.move(temp, file); // no REPLACE_EXISTING: a key made meanwhile by another instance wins
			} catch (FileAlreadyExistsException e) {
				// another instance created it first: use that one
			} finally {
				Files.deleteIfExists(temp);
			}
		}
		String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
		if (key.length() < 40) {
			throw new IOException("the key file is truncated (" + key.length() + " characters); delete it and set the"
					+ " server passwords again");
		}
		return key;
	}

	private static void setOwnerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system (Windows): the user profile's own access control applies
		}
	}
}
