package org.voarchive.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the archive runs with. Each has a default that works on a developer's machine, so an
 * unconfigured server starts; operators override them through the environment.
 *
 */
@ApplicationScoped
public class ArchiveConfig {

    public static final String DB_URL = "archive.db.url";
    public static final String DB_USER = "archive.db.user";
    public static final String DB_PASSWORD = "archive.db.password";
    public static final String DB_POOL_SIZE = "archive.db.pool-size";
    public static final String PORT = "archive.port";
    public static final String DB_READER_ROLE = "archive.db.reader-role";
    public static final String DATA_DIR = "archive.data.dir";
    public static final String BASE_URL = "archive.base-url";
    public static final String AUTHORITY = "archive.authority";
    public static final String DEMO_LOAD = "archive.demo.load";
    public static final String TITLE = "archive.title";
    public static final String MAXREC_DEFAULT = "archive.maxrec.default";
    public static final String MAXREC_HARD = "archive.maxrec.hard";
    public static final String SYNC_TIMEOUT = "archive.sync.timeout";
    public static final String ASYNC_DURATION_DEFAULT = "archive.async.duration.default";
    public static final String ASYNC_DURATION_HARD = "archive.async.duration.hard";
    public static final String ASYNC_RETENTION = "archive.async.retention";
    public static final String ASYNC_THREADS = "archive.async.threads";
    public static final String UPLOAD_MAX_BYTES = "archive.upload.max-bytes";
    public static final String UPLOAD_MAX_ROWS = "archive.upload.max-rows";
    public static final String INGEST_ENABLED = "archive.ingest.enabled";
    public static final String INGEST_PUSH_TOKEN = "archive.ingest.push-token";
    public static final String INGEST_REDUCER = "archive.ingest.reducer";
    public static final String INGEST_PROPRIETARY_MONTHS = "archive.ingest.proprietary-months";
    public static final String AUTH_TOKEN_DAYS_DEFAULT = "archive.auth.token-days.default";
    public static final String AUTH_TOKEN_DAYS_MAX = "archive.auth.token-days.max";
    public static final String NOTIFY_SMTP_HOST = "archive.notify.smtp.host";
    public static final String NOTIFY_SMTP_PORT = "archive.notify.smtp.port";
    public static final String NOTIFY_FROM = "archive.notify.from";
    public static final String NOTIFY_TIMEOUT = "archive.notify.timeout";
    public static final String NOTIFY_DELAY = "archive.notify.delay";
    public static final String REGISTRY_PUBLISHER = "archive.registry.publisher";
    public static final String REGISTRY_CONTACT_NAME = "archive.registry.contact.name";
    public static final String REGISTRY_CONTACT_EMAIL = "archive.registry.contact.email";
    public static final String REGISTRY_DESCRIPTION = "archive.registry.description";
    public static final String REGISTRY_UPDATED = "archive.registry.updated";
    public static final String REGISTRY_PAGE_SIZE = "archive.registry.page-size";
    public static final String COVERAGE_ORDER = "archive.coverage.order";
    public static final String SEARCH_SPLIT_FROM = "archive.search.split-from";

    @Inject
    @ConfigProperty(name = DB_URL, defaultValue = "jdbc:postgresql://localhost:5432/archive")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = DB_USER, defaultValue = "archive")
    String databaseUser;

    @Inject
    @ConfigProperty(name = DB_PASSWORD, defaultValue = "archive")
    String databasePassword;

    @Inject
    @ConfigProperty(name = DB_POOL_SIZE, defaultValue = "16")
    int poolSize;

    @Inject
    @ConfigProperty(name = PORT, defaultValue = "8080")
    int port;

    @Inject
    @ConfigProperty(name = DB_READER_ROLE, defaultValue = "archive_reader")
    String readerRole;

    @Inject
    @ConfigProperty(name = DATA_DIR, defaultValue = "${user.home}/voarchive-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = BASE_URL)
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = AUTHORITY, defaultValue = "voarchive.example")
    String authority;

    @Inject
    @ConfigProperty(name = DEMO_LOAD, defaultValue = "true")
    boolean demoLoad;

    @Inject
    @ConfigProperty(name = TITLE, defaultValue = "VO Archive")
    String title;

    @Inject
    @ConfigProperty(name = MAXREC_DEFAULT, defaultValue = "10000")
    long maxrecDefault;

    @Inject
    @ConfigProperty(name = MAXREC_HARD, defaultValue = "20000000")
    long maxrecHard;

    @Inject
    @ConfigProperty(name = SYNC_TIMEOUT, defaultValue = "60")
    int syncTimeout;

    @Inject
    @ConfigProperty(name = ASYNC_DURATION_DEFAULT, defaultValue = "600")
    int asyncDurationDefault;

    @Inject
    @ConfigProperty(name = ASYNC_DURATION_HARD, defaultValue = "7200")
    int asyncDurationHard;

    @Inject
    @ConfigProperty(name = ASYNC_RETENTION, defaultValue = "7")
    int asyncRetentionDays;

    @Inject
    @ConfigProperty(name = ASYNC_THREADS, defaultValue = "2")
    int asyncThreads;

    @Inject
    @ConfigProperty(name = UPLOAD_MAX_BYTES, defaultValue = "16777216")
    long uploadMaxBytes;

    @Inject
    @ConfigProperty(name = UPLOAD_MAX_ROWS, defaultValue = "200000")
    long uploadMaxRows;

    @Inject
    @ConfigProperty(name = INGEST_ENABLED, defaultValue = "true")
    boolean ingestEnabled;

    @Inject
    @ConfigProperty(name = INGEST_PUSH_TOKEN)
    Optional<String> ingestPushToken;

    @Inject
    @ConfigProperty(name = INGEST_REDUCER, defaultValue = "auto")
    String ingestReducer;

    @Inject
    @ConfigProperty(name = INGEST_PROPRIETARY_MONTHS, defaultValue = "12")
    int ingestProprietaryMonths;

    @Inject
    @ConfigProperty(name = AUTH_TOKEN_DAYS_DEFAULT, defaultValue = "30")
    int tokenDaysDefault;

    @Inject
    @ConfigProperty(name = AUTH_TOKEN_DAYS_MAX, defaultValue = "365")
    int tokenDaysMax;

    @Inject
    @ConfigProperty(name = NOTIFY_SMTP_HOST)
    Optional<String> notifySmtpHost;

    @Inject
    @ConfigProperty(name = NOTIFY_SMTP_PORT, defaultValue = "25")
    int notifySmtpPort;

    @Inject
    @ConfigProperty(name = NOTIFY_FROM)
    Optional<String> notifyFrom;

    @Inject
    @ConfigProperty(name = NOTIFY_TIMEOUT, defaultValue = "10")
    int notifyTimeout;

    @Inject
    @ConfigProperty(name = NOTIFY_DELAY, defaultValue = "30")
    int notifyDelay;

    /**
     * How long notices of a programme's new products are gathered before they go out together, so that
     * a night's products make one message rather than one each.
     */
    public java.time.Duration notifyDelay() {
        return java.time.Duration.ofSeconds(notifyDelay);
    }

    /** Days an API token lives when its owner does not say. */
    public int tokenDaysDefault() {
        return Math.min(tokenDaysDefault, tokenDaysMax);
    }

    /** Days an API token lives at most. */
    public int tokenDaysMax() {
        return tokenDaysMax;
    }

    /** The SMTP relay that notification e-mails go through, or empty when the archive sends no e-mail. */
    public Optional<String> notifySmtpHost() {
        return notifySmtpHost.filter(s -> !s.isBlank());
    }

    public int notifySmtpPort() {
        return notifySmtpPort;
    }

    /** The sender of notification e-mails; by default {@code archive@<authority>}. */
    public String notifyFrom() {
        return notifyFrom.filter(s -> !s.isBlank()).orElse("archive@" + authority);
    }

    /** How long one webhook call or SMTP conversation may take before it is given up. */
    public java.time.Duration notifyTimeout() {
        return java.time.Duration.ofSeconds(notifyTimeout);
    }

    @Inject
    @ConfigProperty(name = REGISTRY_PUBLISHER)
    Optional<String> registryPublisher;

    @Inject
    @ConfigProperty(name = REGISTRY_CONTACT_NAME, defaultValue = "Archive operations")
    String registryContactName;

    @Inject
    @ConfigProperty(name = REGISTRY_CONTACT_EMAIL)
    Optional<String> registryContactEmail;

    @Inject
    @ConfigProperty(name = REGISTRY_DESCRIPTION)
    Optional<String> registryDescription;

    @Inject
    @ConfigProperty(name = REGISTRY_UPDATED)
    Optional<String> registryUpdated;

    @Inject
    @ConfigProperty(name = REGISTRY_PAGE_SIZE, defaultValue = "50")
    int registryPageSize;

    @Inject
    @ConfigProperty(name = COVERAGE_ORDER, defaultValue = "10")
    int coverageOrder;

    @Inject
    @ConfigProperty(name = SEARCH_SPLIT_FROM, defaultValue = "50000")
    int searchSplitFrom;

    private final java.time.Instant startedAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    /** Whether the server watches its incoming directory and runs the back end. */
    public boolean ingestEnabled() {
        return ingestEnabled;
    }

    /** The bearer token the transfer stream's HTTP push must present, or empty when push is switched off. */
    public Optional<String> ingestPushToken() {
        return ingestPushToken.filter(s -> !s.isBlank());
    }

    /** Which reducer makes masters and products: java, esorex, or auto (esorex when installed). */
    public String ingestReducer() {
        return ingestReducer;
    }

    /** The proprietary period given to a programme the archive sees for the first time. */
    public int ingestProprietaryMonths() {
        return ingestProprietaryMonths;
    }

    /** The largest table a client may upload with a query, in bytes. */
    public long uploadMaxBytes() {
        return uploadMaxBytes;
    }

    /** The most rows an uploaded table may have. */
    public long uploadMaxRows() {
        return uploadMaxRows;
    }

    /** Rows a query returns when the client gives no MAXREC. */
    public long maxrecDefault() {
        return maxrecDefault;
    }

    /** Rows a query returns at most, whatever MAXREC asks. */
    public long maxrecHard() {
        return maxrecHard;
    }

    /** Seconds a synchronous query may run before it is cancelled. */
    public java.time.Duration syncTimeout() {
        return java.time.Duration.ofSeconds(syncTimeout);
    }

    /** Seconds an asynchronous job may run when the client does not say. */
    public int asyncDurationDefault() {
        return asyncDurationDefault;
    }

    /** Seconds an asynchronous job may run at most. */
    public int asyncDurationHard() {
        return asyncDurationHard;
    }

    /** How long jobs and their results are kept after creation. */
    public java.time.Duration asyncRetention() {
        return java.time.Duration.ofDays(asyncRetentionDays);
    }

    /** How many asynchronous jobs run at once; more wait QUEUED. */
    public int asyncThreads() {
        return asyncThreads;
    }

    /** The JDBC URL of the archive database. */
    public String databaseUrl() {
        return databaseUrl;
    }

    /** The role that owns the archive's schemas and runs migrations; the application connects as it. */
    public String databaseUser() {
        return databaseUser;
    }

    /** The owner's password (ignored where PostgreSQL trusts local connections). */
    public String databasePassword() {
        return databasePassword;
    }

    /** The most connections the archive holds open at once. */
    public int poolSize() {
        return poolSize;
    }

    /** The HTTP port the archive is served on (the launcher passes it to Payara Micro). */
    public int port() {
        return port;
    }

    /** The PostgreSQL role that user queries run as; it may only read published tables. */
    public String readerRole() {
        return readerRole;
    }

    /** The directory under which the archive keeps files (job results, the store, indexes). */
    public Path dataDir() {
        return Path.of(dataDir);
    }

    /**
     * The public base URL when the server sits behind a proxy, or empty when URLs should be derived
     * from each request.
     */
    public Optional<URI> baseUrl() {
        return baseUrl.filter(s -> !s.isBlank()).map(s -> URI.create(s.endsWith("/") ? s : s + "/"));
    }

    /** The IVOA naming authority of this archive, as in {@code ivo://<authority>/...}. */
    public String authority() {
        return authority;
    }

    /** Whether the demo holdings are loaded into an empty database at start-up. */
    public boolean demoLoad() {
        return demoLoad;
    }

    /** The archive's human-readable name. */
    public String title() {
        return title;
    }

    /** Who publishes the archive's resources in the Registry: {@code archive.registry.publisher}, else the title. */
    public String registryPublisher() {
        return registryPublisher.filter(x -> !x.isBlank()).orElse(title);
    }

    /** The name of the contact given in every registry record. */
    public String registryContactName() {
        return registryContactName;
    }

    /** The contact's e-mail (also the OAI-PMH adminEmail): configured, else {@code archive@<authority>}. */
    public String registryContactEmail() {
        return registryContactEmail.filter(x -> !x.isBlank()).orElse("archive@" + authority);
    }

    /** The description of the archive's service record, or empty for the built-in one. */
    public Optional<String> registryDescription() {
        return registryDescription.filter(x -> !x.isBlank());
    }

    /**
     * When the registry metadata (this configuration) last changed, as the records' datestamp:
     * {@code archive.registry.updated} (ISO 8601 instant), else the time this server started.
     */
    public java.time.Instant registryUpdated() {
        return registryUpdated.filter(x -> !x.isBlank()).map(ArchiveConfig::instant).orElse(startedAt);
    }

    private static java.time.Instant instant(String value) {
        try {
            return java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(REGISTRY_UPDATED + " must be an ISO 8601 instant such as"
                    + " 2026-01-01T00:00:00Z, not " + value, e);
        }
    }

    /** How many records one OAI-PMH list answer holds before it hands out a resumption token. */
    public int registryPageSize() {
        return Math.max(1, registryPageSize);
    }

    /**
     * The number of indexed products from which a faceted search is counted on every core: below it,
     * handing out the work costs more than it saves.
     */
    public int searchSplitFrom() {
        return Math.max(0, searchSplitFrom);
    }

    /** The maximum HEALPix order of the coverage MOC (10 is about 3.4 arcmin), 0 to 29. */
    public int coverageOrder() {
        return Math.max(0, Math.min(29, coverageOrder));
    }
}
