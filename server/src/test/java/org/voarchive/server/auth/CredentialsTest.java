package org.voarchive.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noHeaderIsAnonymous() {
        assertTrue(Credentials.parse(null).isEmpty());
        assertTrue(Credentials.parse("  ").isEmpty());
    }

    @Test
    void basicSplitsAtTheFirstColonAndKeepsUtf8() {
        assertEquals(new Credentials.Basic("alice", "s3cret:with:colons"),
                Credentials.parse(basic("alice:s3cret:with:colons")).orElseThrow());
        assertEquals(new Credentials.Basic("jörg", "pässwörd"), Credentials.parse(basic("jörg:pässwörd")).orElseThrow());
        assertEquals(new Credentials.Basic("bob", ""), Credentials.parse("basic " + basic("bob:").substring(6))
                .orElseThrow(), "the scheme is case-insensitive");
    }

    @Test
    void bearerIsOneWord() {
        assertEquals(new Credentials.Bearer("voa_abc-DEF_123"), Credentials.parse("Bearer voa_abc-DEF_123").orElseThrow());
        assertEquals(new Credentials.Bearer("abc=="), Credentials.parse("BEARER   abc==").orElseThrow());
    }

    @Test
    void malformedHeadersSayWhatIsWrong() {
        assertEquals("Basic credentials are not base64",
                assertThrows(MalformedCredentialsException.class, () -> Credentials.parse("Basic ***")).getMessage());
        assertEquals("Basic credentials need user:password", assertThrows(MalformedCredentialsException.class,
                () -> Credentials.parse(basic("nocolon"))).getMessage());
        assertEquals("Basic credentials need user:password", assertThrows(MalformedCredentialsException.class,
                () -> Credentials.parse(basic(":password"))).getMessage());
        assertEquals("Basic credentials are not UTF-8", assertThrows(MalformedCredentialsException.class,
                () -> Credentials.parse("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':', 'a'})))
                .getMessage());
        assertTrue(assertThrows(MalformedCredentialsException.class, () -> Credentials.parse("Digest x=y"))
                .getMessage().contains("unsupported authorization scheme Digest"));
        assertThrows(MalformedCredentialsException.class, () -> Credentials.parse("Bearer"));
        assertThrows(MalformedCredentialsException.class, () -> Credentials.parse("Bearer two words"));
    }

    @Test
    void secretsStayOutOfToString() {
        assertEquals("Basic[alice]", new Credentials.Basic("alice", "s3cret").toString());
        assertEquals("Bearer[...]", new Credentials.Bearer("voa_x").toString());
    }
}
