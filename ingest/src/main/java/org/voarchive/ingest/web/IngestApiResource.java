package org.voarchive.ingest.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.voarchive.ingest.ops.CompletenessQuery;
import org.voarchive.ingest.ops.QcQuery;
import org.voarchive.ingest.ops.QuarantineQuery;
import org.voarchive.ingest.ops.StreamStatus;
import org.voarchive.server.auth.OperatorsOnly;

/**
 * {@code /ingest/api/*}: the transfer stream as JSON, for scripts and dashboards. Parameters are taken
 * as text and checked here, so a malformed one is a 400 with a JSON reason rather than JAX-RS's 404.
 */
@OperatorsOnly
@Path("ingest/api")
@Produces(MediaType.APPLICATION_JSON)
public class IngestApiResource {

    /** Items listed when the client gives no {@code limit}, and the most it may ask for. */
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 5000;
    /** Nights of completeness shown when the client names none. */
    static final int RECENT_NIGHTS = 7;

    @Inject
    DataSource dataSource;

    /** {@code GET /ingest/api/status}: counts by state, stage and instrument, products, the latest items. */
    @GET
    @Path("status")
    public Response status() {
        return Answers.json(() -> OpsJson.status(Snapshot.read(dataSource, StreamStatus::read)));
    }

    /** {@code GET /ingest/api/quarantine[?code=][&limit=]}: quarantined items, newest first. */
    @GET
    @Path("quarantine")
    public Response quarantine(@QueryParam("code") String code, @QueryParam("limit") String limit) {
        return Answers.json(() -> {
            String reasonCode = Parameters.optional(code);
            int max = Parameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
            return Snapshot.read(dataSource, c -> OpsJson.quarantine(reasonCode, QuarantineQuery.reasonCodes(c),
                    QuarantineQuery.quarantined(c, reasonCode, max)));
        });
    }

    /** {@code GET /ingest/api/waiting[?limit=]}: frames waiting for calibrations, longest waiting first. */
    @GET
    @Path("waiting")
    public Response waiting(@QueryParam("limit") String limit) {
        return Answers.json(() -> {
            int max = Parameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
            return Snapshot.read(dataSource, c -> OpsJson.waiting(QuarantineQuery.waiting(c, max)));
        });
    }

    /** {@code GET /ingest/api/qc}: per instrument the latest score of each parameter and setup, and the verdict. */
    @GET
    @Path("qc")
    public Response qc() {
        return Answers.json(() -> OpsJson.qc(Snapshot.read(dataSource, QcQuery::overview)));
    }

    /** {@code GET /ingest/api/qc/series?instrument=&parameter=&setup=}: one series, oldest first. */
    @GET
    @Path("qc/series")
    public Response series(@QueryParam("instrument") String instrument, @QueryParam("parameter") String parameter,
                           @QueryParam("setup") String setup) {
        return Answers.json(() -> {
            String i = Parameters.required("instrument", instrument);
            String p = Parameters.required("parameter", parameter);
            String s = Parameters.required("setup", setup);
            return OpsJson.series(i, p, s, Snapshot.read(dataSource, c -> QcQuery.series(c, i, p, s)));
        });
    }

    /** {@code GET /ingest/api/completeness[?night=YYYY-MM-DD]}: one night, or the latest nights with science. */
    @GET
    @Path("completeness")
    public Response completeness(@QueryParam("night") String night) {
        return Answers.json(() -> {
            LocalDate n = Parameters.night(night);
            return OpsJson.completeness(Snapshot.read(dataSource, c -> n == null
                    ? CompletenessQuery.recent(c, RECENT_NIGHTS)
                    : List.of(CompletenessQuery.night(c, n))));
        });
    }
}
