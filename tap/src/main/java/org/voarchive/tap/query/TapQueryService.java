package org.voarchive.tap.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.voarchive.db.query.JdbcResultCursor;
import org.voarchive.db.query.QueryFailedException;
import org.voarchive.db.query.QueryLimits;
import org.voarchive.server.config.ArchiveConfig;

/** The one query engine: ADQL in, a streaming cursor over the database's answer out. */
@ApplicationScoped
public class TapQueryService {

    @Inject
    DataSource dataSource;

    @Inject
    TapTranslator translator;

    @Inject
    ArchiveConfig config;

    /**
     * Translates and starts a query as the read-only role. The caller must close the cursor.
     *
     * @param timeout how long the database may work on it
     * @throws org.voarchive.server.dali.DaliException when the query is invalid
     * @throws QueryFailedException when the database refuses it or runs out of time
     */
    public JdbcResultCursor open(TapRequest request, Duration timeout) throws QueryFailedException {
        TapTranslator.Translation t = translator.translate(request.query(), request.maxrec());
        return JdbcResultCursor.open(dataSource, t.sql(), t.columns(),
                new QueryLimits(request.maxrec(), timeout, config.readerRole()));
    }
}
