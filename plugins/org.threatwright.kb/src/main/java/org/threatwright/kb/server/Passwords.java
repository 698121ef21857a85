package org.threatwright.kb.server;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.threatwright.kb.store.StoreException;

/** Passwords for the knowledge-base server: read from an owner-only file, or generated. */
public final class Passwords {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private Passwords() {
    }

    /** A random password of 24 unambiguous letters and digits (about 140 bits). */
    public static char[] generate() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return password;
    }

    /**
     * The password in a file: its first line, UTF-8. Where the file system has POSIX permissions the file must be
     * readable by its owner only (mode 600 or 400), as for ssh keys: a password others can read is no secret.
     *
     * @throws StoreException naming the file when it is missing, readable by others, empty or not UTF-8
     */
    public static char[] readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("password file " + file + " does not exist or is not a file");
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw new StoreException("password file " + file + " is accessible to other users; make it owner-only"
                            + " (chmod 600 " + file.getFileName() + ")");
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            char[] text = decode(file, bytes);
            Arrays.fill(bytes, (byte) 0);
            int end = 0;
            while (end < text.length && text[end] != '\n' && text[end] != '\r') {
                end++;
            }
            char[] password = Arrays.copyOf(text, end);
            Arrays.fill(text, '\0');
            if (password.length == 0) {
                throw new StoreException("password file " + file + " is empty (the password is its first line)");
            }
            return password;
        } catch (IOException e) {
            throw new StoreException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static char[] decode(Path file, byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] text = new char[chars.remaining()];
            chars.get(text);
            return text;
        } catch (CharacterCodingException e) {
            throw new StoreException("password file " + file + " is not UTF-8 text", e);
        }
    }
}
