package org.voarchive.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.access.JdbcCredentialStore;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.auth.Account;
import org.voarchive.server.auth.ApiTokens;

/** {@code ./archive users}: bootstrapping accounts, grants and tokens on a fresh database. */
class UsersCommandIT {

    private static TestDatabase db;
    private static Map<String, String> env;
    private static JdbcCredentialStore credentials;

    /** What a run printed, and its exit status. */
    private record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        // not migrated: the command migrates, as on a server's first start
        db = TestDatabase.create();
        env = Map.of("ARCHIVE_DB_URL", db.url(), "ARCHIVE_DB_USER", TestDatabase.user(),
                "ARCHIVE_DB_PASSWORD", TestDatabase.password(), "ARCHIVE_DB_READER_ROLE", TestDatabase.READER_ROLE,
                "ARCHIVE_AUTH_TOKEN_DAYS_MAX", "90");
        credentials = new JdbcCredentialStore(db.dataSource());
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    private static Run users(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = UsersCommand.run(List.of(args), env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstOperatorIsMadeFromTheCommandLine() throws Exception {
        Run add = users("root-password-1\n", "add", "root", "--operator", "--email", "root@example.org", "--password-stdin");
        assertEquals(0, add.status(), add.err());
        assertEquals("created operator root\n", add.out());
        assertEquals(new Account("root", true), credentials.verifyPassword("root", "root-password-1").orElseThrow());

        Run passwd = users("root-password-2\n", "passwd", "root", "--password-stdin");
        assertEquals(0, passwd.status(), passwd.err());
        assertTrue(credentials.verifyPassword("root", "root-password-1").isEmpty());
        assertTrue(credentials.verifyPassword("root", "root-password-2").isPresent());

        Run token = users("", "token", "root", "--days", "7");
        assertEquals(0, token.status(), token.err());
        String secret = token.out().strip();
        assertTrue(ApiTokens.looksLikeToken(secret), token.out());
        assertEquals("root", credentials.resolveToken(secret).orElseThrow().name());
        assertEquals(1, db.scalar("SELECT count(*) FROM access.tokens WHERE user_name = 'root' "
                + "AND expires BETWEEN now() + interval '6 days 23 hours' AND now() + interval '7 days'"));
        assertEquals(2, users("", "token", "root", "--days", "91").status(), "beyond the maximum");

        assertEquals(0, users("", "disable", "root").status());
        assertTrue(credentials.resolveToken(secret).isEmpty());
        assertEquals(0, users("", "enable", "root").status());
        assertEquals(0, users("", "operator", "root", "off").status());
        assertTrue(!credentials.resolveToken(secret).orElseThrow().operator());
    }

    @Test
    void grantsGroupsAndPeriods() throws Exception {
        assertEquals(0, users("", "add", "pia", "--no-password").status());
        assertEquals(0, users("", "add", "gus", "--no-password").status());
        Run grant = users("", "grant", "0104.D-0004(A)", "pia", "--pi");
        assertEquals(0, grant.status(), grant.err());
        assertEquals("pia is pi of 0104.D-0004(A)\n", grant.out());
        assertEquals(0, users("", "group", "add", "team", "--description", "the team").status());
        assertEquals(0, users("", "group", "member", "add", "team", "gus").status());
        assertEquals(0, users("", "grant", "0104.D-0004(A)", "team", "--delegate", "--group").status());
        assertEquals(1, db.scalar("SELECT count(*) FROM access.program_members WHERE prog_id = '0104.D-0004(A)' "
                + "AND group_name = 'team' AND role = 'delegate'"));

        Run list = users("", "list");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("gus ") && l.endsWith("0104.D-0004(A)")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("pia ") && l.contains(" no       no ")), list.out());

        assertEquals(0, users("", "period", "0104.D-0004(A)", "18").status());
        assertEquals(18, db.scalar("SELECT proprietary_months FROM archive.programs WHERE prog_id = '0104.D-0004(A)'"));

        assertEquals(0, users("", "revoke", "0104.D-0004(A)", "team", "--group").status());
        Run again = users("", "revoke", "0104.D-0004(A)", "team", "--group");
        assertEquals(1, again.status());
        assertTrue(again.err().contains("holds no role"), again.err());
    }

    @Test
    void mistakesAreSaidClearly() {
        Run taken = users("another-password\n", "add", "dup", "--password-stdin");
        assertEquals(0, taken.status(), taken.err());
        Run twice = users("another-password\n", "add", "dup", "--password-stdin");
        assertEquals(1, twice.status());
        assertEquals("archive users: account dup exists already\n", twice.err());
        assertEquals(1, users("short\n", "add", "shorty", "--password-stdin").status());
        assertEquals(1, users("", "disable", "nobody").status());
        Run usage = users("", "grant", "P", "pia");
        assertEquals(2, usage.status());
        assertTrue(usage.err().startsWith("grant takes one of --pi and --delegate"), usage.err());
        assertEquals(2, users("", "frobnicate").status());
        assertEquals(2, users("", "list", "extra").status());
        assertEquals(2, users("").status(), "no command");
        assertEquals(2, users("", "add", "nopass").status(), "no terminal to ask on");
        assertEquals(2, users("", "period", "P", "twelve").status());
    }
}
