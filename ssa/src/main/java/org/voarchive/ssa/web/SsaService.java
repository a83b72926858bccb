package org.voarchive.ssa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.voarchive.db.query.QueryFailedException;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.ResultCursor;
import org.voarchive.server.dali.VoTableWriter;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.ssa.query.SsaAdql;
import org.voarchive.ssa.query.SsaFields;
import org.voarchive.ssa.query.SsaLimits;
import org.voarchive.ssa.query.SsaQuery;
import org.voarchive.tap.query.TapQueryService;
import org.voarchive.tap.query.TapRequest;
import org.voarchive.tap.upload.UploadParts;

/**
 * Runs SSA queries: the ADQL the builder writes goes through TAP's query engine as a synchronous query,
 * so it runs as the read-only role on the caller's behalf (released rows and the caller's own programmes)
 * with TAP's timeout and row limits.
 */
@ApplicationScoped
public class SsaService {

    /** The SIZE used when the client gives none, degrees: a few times a spectrum's pointing accuracy. */
    static final double DEFAULT_SIZE = 0.1;

    /** The largest search radius, degrees. */
    static final double MAX_SEARCH_RADIUS = 10;

    @Inject
    TapQueryService queries;

    @Inject
    TableCatalog catalog;

    @Inject
    ArchiveConfig config;

    public SsaLimits limits() {
        return new SsaLimits(DEFAULT_SIZE, MAX_SEARCH_RADIUS, config.maxrecDefault(), config.maxrecHard());
    }

    /**
     * Starts the query; the caller closes the cursor.
     *
     * @param base the archive's public base URL, for the VOTable forms of spectra
     * @param caller who asks: decides which proprietary rows are found
     *
     * @throws DaliException when the database refuses the query or runs out of time
     */
    public ResultCursor open(SsaQuery query, URI base, Caller caller) {
        try {
            return new SsaCursor(queries.open(new TapRequest(SsaAdql.of(query), query.maxrec(), query.responseFormat(),
                    List.of()), config.syncTimeout(), UploadParts.NONE, caller), query, base);
        } catch (QueryFailedException e) {
            throw new DaliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new DaliException("the query could not be started: " + e.getMessage(), e);
        }
    }

    /** Writes the response to a query, in its response format. */
    public void write(SsaQuery query, ResultCursor cursor, OutputStream out) throws IOException {
        if (query.responseFormat().writer() instanceof VoTableWriter votable) {
            List<String[]> notes = new ArrayList<>();
            query.redshift().ifPresent(z -> notes.add(new String[] {SsaQuery.REDSHIFT,
                "REDSHIFT=" + z + " was not used: this archive holds no redshifts, so no spectrum was selected "
                        + "or left out by it"}));
            SsaVoTable.write(cursor, votable, notes, out);
        } else {
            query.responseFormat().writer().write(cursor, out);
        }
    }

    /** Writes the FORMAT=METADATA description of the service. */
    public void writeMetadata(OutputStream out) throws IOException {
        List<ColumnDescription> obscore = catalog.table("ivoa.obscore").orElseThrow(
                () -> new IllegalStateException("TAP_SCHEMA does not describe ivoa.obscore")).columns();
        List<ColumnDescription> fields = SsaFields.ALL.stream().map(f -> SsaFields.describe(obscore.stream()
                .filter(c -> c.name().equals(f.column())).findFirst()
                .orElseThrow(() -> new IllegalStateException("ivoa.obscore has no column " + f.column()))
                .named(f.name()))).toList();
        SsaMetadata.write(fields, limits(), out);
    }
}
