package org.voarchive.db.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.Account;
import org.voarchive.server.auth.ApiTokens;
import org.voarchive.server.auth.IssuedToken;
import org.voarchive.server.auth.TokenInfo;

class JdbcCredentialStoreIT {

    private static TestDatabase db;
    private static JdbcCredentialStore credentials;
    private static JdbcTokenStore tokens;
    private static JdbcAccounts accounts;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.migrated();
        credentials = new JdbcCredentialStore(db.dataSource());
        tokens = new JdbcTokenStore(db.dataSource());
        accounts = new JdbcAccounts(db.dataSource());
        accounts.create("alice", "alice-password", "alice@example.org", false);
        accounts.create("olga", "olga-password", null, true);
        accounts.create("robot", null, null, false);
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @Test
    void passwordsAreStoredAsArgon2idAndVerified() throws Exception {
        assertEquals(1, db.scalar("SELECT count(*) FROM access.users WHERE name = 'alice' "
                + "AND password_hash LIKE '$argon2id$%' AND password_hash NOT LIKE '%alice-password%'"));
        assertEquals(new Account("alice", false), credentials.verifyPassword("alice", "alice-password").orElseThrow());
        assertEquals(new Account("olga", true), credentials.verifyPassword("olga", "olga-password").orElseThrow());
        assertTrue(credentials.verifyPassword("alice", "olga-password").isEmpty());
        assertTrue(credentials.verifyPassword("nobody", "alice-password").isEmpty());
        assertTrue(credentials.verifyPassword("robot", "").isEmpty(), "a token-only account has no password");
    }

    @Test
    void tokensAreKeptAsDigestsAndResolveUntilRevoked() throws Exception {
        IssuedToken issued = tokens.issue("alice", "laptop", Duration.ofDays(30));
        assertTrue(ApiTokens.looksLikeToken(issued.token()));
        assertEquals(0, db.scalar("SELECT count(*) FROM access.tokens WHERE token_sha256 = '" + issued.token() + "'"));
        assertEquals(1, db.scalar("SELECT count(*) FROM access.tokens WHERE token_sha256 = '"
                + ApiTokens.digest(issued.token()) + "'"));
        assertEquals(new Account("alice", false), credentials.resolveToken(issued.token()).orElseThrow());
        assertTrue(credentials.resolveToken(ApiTokens.generate()).isEmpty(), "an unknown token");
        assertTrue(credentials.resolveToken("not a token").isEmpty());

        List<TokenInfo> listed = tokens.list("alice");
        TokenInfo info = listed.stream().filter(t -> t.id().equals(issued.info().id())).findFirst().orElseThrow();
        assertEquals("laptop", info.label());
        assertNull(info.revoked());
        assertTrue(info.active(Instant.now()));
        assertTrue(tokens.list("olga").isEmpty());

        assertFalse(tokens.revoke("olga", issued.info().id()), "only the owner revokes a token");
        assertFalse(tokens.revoke("alice", "not-a-uuid"));
        assertTrue(tokens.revoke("alice", issued.info().id()));
        assertTrue(credentials.resolveToken(issued.token()).isEmpty(), "revocation takes effect at once");
        assertFalse(tokens.list("alice").stream().filter(t -> t.id().equals(issued.info().id())).findFirst()
                .orElseThrow().active(Instant.now()));
    }

    @Test
    void expiredTokensAndDisabledAccountsAreRefused() throws Exception {
        accounts.create("carol", "carol-password", null, false);
        IssuedToken shortLived = tokens.issue("carol", null, Duration.ofMillis(1));
        Thread.sleep(20);
        assertTrue(credentials.resolveToken(shortLived.token()).isEmpty(), "an expired token");

        IssuedToken token = tokens.issue("carol", null, Duration.ofDays(1));
        assertTrue(credentials.resolveToken(token.token()).isPresent());
        accounts.setDisabled("carol", true);
        assertTrue(credentials.resolveToken(token.token()).isEmpty());
        assertTrue(credentials.verifyPassword("carol", "carol-password").isEmpty());
        accounts.setDisabled("carol", false);
        assertTrue(credentials.verifyPassword("carol", "carol-password").isPresent());

        accounts.setPassword("carol", "a-new-password");
        assertTrue(credentials.verifyPassword("carol", "carol-password").isEmpty());
        assertTrue(credentials.verifyPassword("carol", "a-new-password").isPresent());
        accounts.setOperator("carol", true);
        assertTrue(credentials.resolveToken(token.token()).orElseThrow().operator());

        accounts.delete("carol");
        assertTrue(credentials.resolveToken(token.token()).isEmpty());
        assertEquals(0, db.scalar("SELECT count(*) FROM access.tokens WHERE user_name = 'carol'"));
    }

    @Test
    void badAccountRequestsAreTheClientsError() {
        assertEquals("account alice exists already",
                assertThrows(AccessRequestException.class, () -> accounts.create("alice", "whatever1", null, false))
                        .getMessage());
        assertTrue(assertThrows(AccessRequestException.class, () -> accounts.create("bad name", "whatever1", null, false))
                .getMessage().startsWith("invalid account name bad name"));
        assertEquals("a password has at least 8 characters",
                assertThrows(AccessRequestException.class, () -> accounts.create("dave", "short", null, false))
                        .getMessage());
        AccessRequestException missing = assertThrows(AccessRequestException.class, () -> accounts.setDisabled("nobody", true));
        assertTrue(missing.notFound());
        assertTrue(accounts.find("dave").isEmpty());
        assertTrue(accounts.find("olga").orElseThrow().operator());
        assertFalse(accounts.find("robot").orElseThrow().hasPassword());
    }
}
