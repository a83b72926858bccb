package org.voarchive.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void tokensAreFreshAndRecognisable() {
        String a = ApiTokens.generate();
        String b = ApiTokens.generate();
        assertNotEquals(a, b);
        assertTrue(a.startsWith("voa_"));
        assertEquals(47, a.length(), "prefix and 32 bytes in unpadded base64url");
        assertTrue(ApiTokens.looksLikeToken(a));
        assertFalse(ApiTokens.looksLikeToken("voa_short"));
        assertFalse(ApiTokens.looksLikeToken("a password of forty-seven characters, really!!"));
        assertFalse(ApiTokens.looksLikeToken(null));
        assertFalse(ApiTokens.looksLikeToken("voa_" + "+".repeat(43)));
    }

    @Test
    void theDigestIsHexSha256() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokens.digest("abc"));
        String token = ApiTokens.generate();
        assertEquals(ApiTokens.digest(token), ApiTokens.digest(token));
        assertEquals(64, ApiTokens.digest(token).length());
    }
}
