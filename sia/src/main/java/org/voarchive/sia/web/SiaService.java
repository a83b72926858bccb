package org.voarchive.sia.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.voarchive.db.query.JdbcResultCursor;
import org.voarchive.db.query.QueryFailedException;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.sia.query.SiaAdql;
import org.voarchive.sia.query.SiaQuery;
import org.voarchive.tap.query.TapQueryService;
import org.voarchive.tap.query.TapRequest;
import org.voarchive.tap.upload.UploadParts;

/**
 * Runs SIA queries as synchronous TAP queries: read-only role on the caller's behalf (released rows and
 * the caller's own programmes), TAP's timeout,
 * MAXREC limits and overflow marker.
 */
@ApplicationScoped
public class SiaService {

    @Inject
    TapQueryService queries;

    @Inject
    ArchiveConfig config;

    /** Validates the request's parameters. */
    public SiaQuery query(DaliParameters parameters) {
        return SiaQuery.from(parameters, config.maxrecDefault(), config.maxrecHard());
    }

    /**
     * Starts the query; the caller closes the cursor.
     *
     * @param caller who asks: decides which proprietary rows are found
     *
     * @throws DaliException when the database refuses the query or runs out of time
     */
    public JdbcResultCursor open(SiaQuery query, Caller caller) {
        try {
            return queries.open(new TapRequest(SiaAdql.of(query), query.maxrec(), query.responseFormat(), List.of()),
                    config.syncTimeout(), UploadParts.NONE, caller);
        } catch (QueryFailedException e) {
            throw new DaliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new DaliException("the query could not be started: " + e.getMessage(), e);
        }
    }
}
