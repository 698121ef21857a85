package org.threatwright.kb.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.kb.store.StoreException;

class PasswordsTest {

    @TempDir
    Path temp;

    @Test
    void readsTheFirstLineOfAnOwnerOnlyFile() throws IOException {
        Path file = write("pässwort mit Leerzeichen\nsecond line ignored\n", "rw-------");
        assertArrayEquals("pässwort mit Leerzeichen".toCharArray(), Passwords.readFile(file));
        assertArrayEquals("crlf".toCharArray(), Passwords.readFile(write("crlf\r\n", "r--------")));
    }

    @Test
    void refusesAFileOthersCanRead() throws IOException {
        Path file = write("secret\n", "rw-r--r--");
        StoreException e = assertThrows(StoreException.class, () -> Passwords.readFile(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("owner-only"), e.getMessage());
        assertFalse(e.getMessage().contains("secret\n"));
    }

    @Test
    void refusesMissingAndEmptyFiles() throws IOException {
        assertThrows(StoreException.class, () -> Passwords.readFile(temp.resolve("absent")));
        StoreException empty = assertThrows(StoreException.class, () -> Passwords.readFile(write("\nsecond\n", "rw-------")));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }

    @Test
    void generatesLongDifferentPasswords() {
        char[] one = Passwords.generate();
        char[] two = Passwords.generate();
        assertEquals(24, one.length);
        assertFalse(Arrays.equals(one, two));
    }

    private Path write(String text, String permissions) throws IOException {
        Path file = Files.createTempFile(temp, "password", ".txt");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
