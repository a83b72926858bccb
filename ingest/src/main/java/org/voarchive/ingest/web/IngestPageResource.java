package org.voarchive.ingest.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import javax.sql.DataSource;
import org.voarchive.ingest.ops.CompletenessQuery;
import org.voarchive.ingest.ops.QcQuery;
import org.voarchive.ingest.ops.QuarantineQuery;
import org.voarchive.ingest.ops.StreamStatus;
import org.voarchive.server.auth.OperatorsOnly;
import org.voarchive.server.config.ArchiveConfig;

/** {@code GET /ingest}: the operators' page, rendered on the server from one snapshot of the stream. */
@OperatorsOnly
@Path("ingest")
public class IngestPageResource {

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context UriInfo uri) {
        return html(uri.getBaseUri().getRawPath());
    }

    /** The page for an application whose base path (ending in a slash) is {@code basePath}. */
    Response html(String basePath) {
        return Answers.answer(() -> OpsPage.render(config.title(), basePath, Snapshot.read(dataSource, c ->
                new OpsPage.Model(StreamStatus.read(c), QuarantineQuery.reasonCodes(c),
                        QuarantineQuery.quarantined(c, null, IngestApiResource.DEFAULT_LIMIT),
                        QuarantineQuery.waiting(c, IngestApiResource.DEFAULT_LIMIT), QcQuery.overview(c),
                        CompletenessQuery.recent(c, IngestApiResource.RECENT_NIGHTS)))), Answers.HTML);
    }
}
