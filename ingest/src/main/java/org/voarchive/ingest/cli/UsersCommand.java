package org.voarchive.ingest.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.db.access.AccessStoreException;
import org.voarchive.db.access.JdbcAccounts;
import org.voarchive.db.access.JdbcGroups;
import org.voarchive.db.access.JdbcProgramGrants;
import org.voarchive.db.access.JdbcTokenStore;
import org.voarchive.db.migration.SchemaMigration;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.AccountSummary;
import org.voarchive.server.auth.IssuedToken;
import org.voarchive.server.auth.ProgramMember;
import org.voarchive.server.auth.ProgramRole;
import org.voarchive.server.auth.Redating;

/**
 * {@code ./archive users ...}: accounts, groups, programme grants, proprietary periods and tokens,
 * straight in the database, so that an operator can create the first operator account before the
 * server (and its administration API) is of any use. Passwords are read from the terminal without echo,
 * or from the first line of standard input with {@code --password-stdin}.
 */
public final class UsersCommand {

    static final String USAGE = String.join("\n",
            "usage: ./archive users COMMAND",
            "  add NAME [--operator] [--email E] [--password-stdin | --no-password]",
            "  passwd NAME [--password-stdin]",
            "  disable NAME | enable NAME | delete NAME",
            "  operator NAME on|off",
            "  list",
            "  grant PROG NAME --pi|--delegate [--group]",
            "  revoke PROG NAME [--group]",
            "  group add GROUP [--description D] | group delete GROUP | group list",
            "  group member add|remove GROUP NAME",
            "  token NAME [--days N] [--label L]        (prints the token once)",
            "  period PROG MONTHS");

    private static final int EXIT_FAILED = 1;
    private static final int EXIT_USAGE = 2;

    private final DataSource ds;
    private final InputStream stdin;
    private final PrintStream out;
    private final int tokenDaysDefault;
    private final int tokenDaysMax;

    private UsersCommand(DataSource ds, InputStream stdin, PrintStream out, Map<String, String> env) {
        this.ds = ds;
        this.stdin = stdin;
        this.out = out;
        this.tokenDaysMax = Integer.parseInt(env.getOrDefault("ARCHIVE_AUTH_TOKEN_DAYS_MAX", "365"));
        this.tokenDaysDefault = Math.min(tokenDaysMax,
                Integer.parseInt(env.getOrDefault("ARCHIVE_AUTH_TOKEN_DAYS_DEFAULT", "30")));
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(List.of(args), System.getenv(), System.in, System.out, System.err));
    }

    /** Runs one command; the exit status: 0 done, 1 refused or failed (the reason on err), 2 bad usage. */
    static int run(List<String> args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? EXIT_USAGE : 0;
        }
        CommandEnvironment environment = CommandEnvironment.from(env);
        try (HikariDataSource ds = environment.dataSource()) {
            new SchemaMigration(ds, environment.readerRole()).migrate();
            new UsersCommand(ds, stdin, out, env).dispatch(new Arguments(args));
            return 0;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return EXIT_USAGE;
        } catch (AccessRequestException | AccessStoreException | IOException e) {
            err.println("archive users: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private void dispatch(Arguments a) throws IOException {
        JdbcAccounts accounts = new JdbcAccounts(ds);
        JdbcGroups groups = new JdbcGroups(ds);
        JdbcProgramGrants grants = new JdbcProgramGrants(ds);
        String command = a.next("a command");
        switch (command) {
            case "add" -> {
                String name = a.next("NAME");
                boolean operator = a.flag("--operator");
                String email = a.option("--email").orElse(null);
                boolean noPassword = a.flag("--no-password");
                boolean fromStdin = a.flag("--password-stdin");
                a.end();
                accounts.create(name, noPassword ? null : password(fromStdin, name), email, operator);
                out.println("created " + (operator ? "operator " : "account ") + name);
            }
            case "passwd" -> {
                String name = a.next("NAME");
                boolean fromStdin = a.flag("--password-stdin");
                a.end();
                if (accounts.find(name).isEmpty()) {
                    throw new AccessRequestException("no account " + name, true);
                }
                accounts.setPassword(name, password(fromStdin, name));
                out.println("password of " + name + " changed");
            }
            case "disable", "enable" -> {
                String name = a.next("NAME");
                a.end();
                accounts.setDisabled(name, command.equals("disable"));
                out.println(name + " " + command + "d");
            }
            case "delete" -> {
                String name = a.next("NAME");
                a.end();
                accounts.delete(name);
                out.println("deleted " + name);
            }
            case "operator" -> {
                String name = a.next("NAME");
                String onOff = a.next("on or off");
                a.end();
                if (!onOff.equals("on") && !onOff.equals("off")) {
                    throw new UsageException("operator takes on or off, not " + onOff);
                }
                accounts.setOperator(name, onOff.equals("on"));
                out.println(name + (onOff.equals("on") ? " is an operator" : " is no operator"));
            }
            case "list" -> {
                a.end();
                list(accounts, grants);
            }
            case "grant" -> {
                String prog = a.next("PROG");
                String name = a.next("NAME");
                boolean pi = a.flag("--pi");
                boolean delegate = a.flag("--delegate");
                boolean group = a.flag("--group");
                a.end();
                if (pi == delegate) {
                    throw new UsageException("grant takes one of --pi and --delegate");
                }
                ProgramRole role = pi ? ProgramRole.PI : ProgramRole.DELEGATE;
                grants.grant(prog, group ? new ProgramMember(null, name, role) : new ProgramMember(name, null, role));
                out.println((group ? "group " : "") + name + " is " + role.code() + " of " + prog);
            }
            case "revoke" -> {
                String prog = a.next("PROG");
                String name = a.next("NAME");
                boolean group = a.flag("--group");
                a.end();
                if (!grants.revoke(prog, group ? null : name, group ? name : null)) {
                    throw new AccessRequestException((group ? "group " : "") + name + " holds no role in " + prog);
                }
                out.println((group ? "group " : "") + name + " no longer holds a role in " + prog);
            }
            case "group" -> group(a, groups);
            case "token" -> {
                String name = a.next("NAME");
                int days = a.option("--days").map(d -> days(d)).orElse(tokenDaysDefault);
                String label = a.option("--label").orElse("issued by ./archive users");
                a.end();
                if (accounts.find(name).filter(u -> !u.disabled()).isEmpty()) {
                    throw new AccessRequestException("no enabled account " + name, true);
                }
                IssuedToken token = new JdbcTokenStore(ds).issue(name, label, Duration.ofDays(days));
                out.println(token.token());
            }
            case "period" -> {
                String prog = a.next("PROG");
                String months = a.next("MONTHS");
                a.end();
                int m;
                try {
                    m = Integer.parseInt(months);
                } catch (NumberFormatException e) {
                    throw new UsageException("MONTHS is a whole number, not " + months);
                }
                Redating r = grants.setProprietaryMonths(prog, m);
                out.println(prog + ": proprietary for " + m + " months");
                if (r.files() > 0) {
                    // a running server's search index holds release dates; only its own check updates them
                    out.println(r.files() + " files re-dated, " + r.products().size() + " of them products; a running"
                            + " server's search takes the new dates within 10 minutes (at once through"
                            + " PUT /admin/programs/" + prog + "/period)");
                }
            }
            default -> throw new UsageException("unknown command " + command);
        }
    }

    private void group(Arguments a, JdbcGroups groups) {
        String sub = a.next("add, delete, list or member");
        switch (sub) {
            case "add" -> {
                String name = a.next("GROUP");
                String description = a.option("--description").orElse(null);
                a.end();
                groups.create(name, description);
                out.println("created group " + name);
            }
            case "delete" -> {
                String name = a.next("GROUP");
                a.end();
                groups.delete(name);
                out.println("deleted group " + name);
            }
            case "list" -> {
                a.end();
                groups.list().forEach(g -> out.println(g.name() + "\t" + String.join(",", g.members())
                        + (g.description() == null ? "" : "\t" + g.description())));
            }
            case "member" -> {
                String action = a.next("add or remove");
                String group = a.next("GROUP");
                String name = a.next("NAME");
                a.end();
                if (action.equals("add")) {
                    groups.addMember(group, name);
                    out.println(name + " is a member of " + group);
                } else if (action.equals("remove")) {
                    if (!groups.removeMember(group, name)) {
                        throw new AccessRequestException(name + " is not a member of " + group);
                    }
                    out.println(name + " is no longer a member of " + group);
                } else {
                    throw new UsageException("group member takes add or remove, not " + action);
                }
            }
            default -> throw new UsageException("unknown group command " + sub);
        }
    }

    private void list(JdbcAccounts accounts, JdbcProgramGrants grants) {
        out.printf("%-24s %-8s %-8s %-8s %-28s %s%n", "NAME", "OPERATOR", "DISABLED", "PASSWORD", "EMAIL", "PROGRAMMES");
        for (AccountSummary u : accounts.list()) {
            out.printf("%-24s %-8s %-8s %-8s %-28s %s%n", u.name(), yes(u.operator()), yes(u.disabled()),
                    yes(u.hasPassword()), u.email() == null ? "-" : u.email(), String.join(",", grants.programsOf(u.name())));
        }
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private int days(String d) {
        try {
            int days = Integer.parseInt(d);
            if (days >= 1 && days <= tokenDaysMax) {
                return days;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--days is a whole number from 1 to " + tokenDaysMax + ", not " + d);
    }

    /** The new password: from the terminal, asked twice without echo, or the first line of stdin. */
    private String password(boolean fromStdin, String name) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new AccessRequestException("no password on standard input");
            }
            return line;
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageException("no terminal to ask the password on: pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("Password for %s: ", name);
        char[] second = console.readPassword("Again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new AccessRequestException("the passwords differ");
        }
        return new String(first);
    }

    /** A wrong command line: answered with the usage. */
    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The command line: positional words in order, flags and options anywhere after them. */
    private static final class Arguments {

        private final List<String> rest;

        Arguments(List<String> args) {
            this.rest = new ArrayList<>(args);
        }

        String next(String what) {
            for (int i = 0; i < rest.size(); i++) {
                if (!rest.get(i).startsWith("--")) {
                    return rest.remove(i);
                }
                if (takesValue(rest.get(i))) {
                    i++;
                }
            }
            throw new UsageException("missing " + what);
        }

        boolean flag(String name) {
            return rest.remove(name);
        }

        Optional<String> option(String name) {
            int i = rest.indexOf(name);
            if (i < 0) {
                return Optional.empty();
            }
            if (i + 1 >= rest.size()) {
                throw new UsageException(name + " needs a value");
            }
            rest.remove(i);
            return Optional.of(rest.remove(i));
        }

        void end() {
            if (!rest.isEmpty()) {
                throw new UsageException("unexpected " + String.join(" ", rest));
            }
        }

        private static boolean takesValue(String option) {
            return List.of("--email", "--days", "--label", "--description").contains(option);
        }
    }
}
