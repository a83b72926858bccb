package org.voarchive.ingest.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.voarchive.ingest.ops.QcQuery;
import org.voarchive.server.auth.OperatorsOnly;

/** {@code /ingest/qc/plot.svg?instrument=&parameter=&setup=}: the trend plot of one QC1 series. */
@OperatorsOnly
@Path("ingest/qc/plot.svg")
public class QcPlotResource {

    static final String PATH = "ingest/qc/plot.svg";

    @Inject
    DataSource dataSource;

    @GET
    @Produces("image/svg+xml")
    public Response plot(@QueryParam("instrument") String instrument, @QueryParam("parameter") String parameter,
                         @QueryParam("setup") String setup) {
        return Answers.answer(() -> {
            String i = Parameters.required("instrument", instrument);
            String p = Parameters.required("parameter", parameter);
            String s = Parameters.required("setup", setup);
            return TrendPlot.svg(title(i, p, s), Snapshot.read(dataSource, c -> QcQuery.series(c, i, p, s)));
        }, Answers.SVG);
    }

    static String title(String instrument, String parameter, String setup) {
        return instrument + " " + parameter + " (" + setup + ")";
    }

    /** The plot's URL under the application's base path (which ends in a slash), parameters encoded. */
    static String url(String basePath, String instrument, String parameter, String setup) {
        return basePath + PATH + "?instrument=" + encode(instrument) + "&parameter=" + encode(parameter)
                + "&setup=" + encode(setup);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
