package org.voarchive.db.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashNamesItsParametersAndIsSalted() {
        String a = hasher.hash("correct horse");
        String b = hasher.hash("correct horse");
        assertTrue(a.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), a);
        assertNotEquals(a, b, "each hash has its own salt");
        assertFalse(a.contains("correct horse"));
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String hash = hasher.hash("correct horse");
        assertTrue(hasher.matches("correct horse", hash));
        assertFalse(hasher.matches("correct horsE", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void hashesWithOtherParametersStillVerify() {
        String cheap = new PasswordHasher(1024, 1, 1).hash("pässwörd");
        assertTrue(cheap.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"));
        assertTrue(hasher.matches("pässwörd", cheap));
    }

    @Test
    void aMissingOrForeignHashNeverMatches() {
        assertFalse(hasher.matches("no such account", null), "the dummy's own password does not open a missing account");
        assertFalse(hasher.matches("x", "plaintext"));
        assertFalse(hasher.matches("x", "$2a$10$abcdefghijklmnopqrstuv"));
    }

    @Test
    void aKnownArgon2idVectorVerifies() {
        // the reference implementation's CLI: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertTrue(hasher.matches("password", reference));
        assertFalse(hasher.matches("Password", reference));
    }
}
