package org.voarchive.tap.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.voarchive.db.query.JdbcResultCursor;
import org.voarchive.db.query.QueryFailedException;
import org.voarchive.db.query.QueryLimits;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.tap.upload.UploadCatalog;
import org.voarchive.tap.upload.UploadFetcher;
import org.voarchive.tap.upload.UploadLoader;
import org.voarchive.tap.upload.UploadParts;
import org.voarchive.tap.upload.UploadReader;
import org.voarchive.tap.upload.UploadTable;

/** The one query engine: ADQL in, a streaming cursor over the database's answer out. */
@ApplicationScoped
public class TapQueryService {

    @Inject
    DataSource dataSource;

    @Inject
    TapTranslator translator;

    @Inject
    TableCatalog catalog;

    @Inject
    ArchiveConfig config;

    /**
     * Reads the uploads, translates the query and starts it as the read-only role, with the uploads in
     * temporary tables of its session, on behalf of whoever asked. The caller must close the cursor.
     *
     * @param timeout how long the database may work on it
     * @param caller whose entitlements decide which proprietary rows the query sees
     * @param parts the request parts that inline uploads name
     * @throws org.voarchive.server.dali.DaliException when the query or an upload is invalid
     * @throws QueryFailedException when the database refuses it or runs out of time
     * @throws IOException when an upload cannot be read
     */
    public JdbcResultCursor open(TapRequest request, Duration timeout, UploadParts parts, Caller caller)
            throws QueryFailedException, IOException {
        List<UploadTable> uploads = new UploadFetcher(new UploadReader(config.uploadMaxBytes(), config.uploadMaxRows()))
                .fetch(request.uploads(), parts);
        TapTranslator.Translation t = translator.translate(request.query(), request.maxrec(),
                UploadCatalog.with(catalog, uploads));
        return JdbcResultCursor.open(dataSource, t.sql(), t.columns(),
                new QueryLimits(request.maxrec(), timeout, config.readerRole(), caller), new UploadLoader(uploads),
                request.format().textual());
    }
}
