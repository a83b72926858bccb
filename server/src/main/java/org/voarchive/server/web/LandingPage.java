package org.voarchive.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.vosi.CapabilityInterface;
import org.voarchive.server.vosi.CapabilityRegistry;

/** The HTML page at {@code /}: what this archive is and every service it runs, with its URL. */
@Path("")
public class LandingPage {

    @Inject
    CapabilityRegistry registry;

    @Inject
    ArchiveConfig config;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String page(@Context UriInfo uri) {
        return render(config.title(), registry.all(), publicUrl.base(uri));
    }

    static String render(String title, List<Capability> capabilities, URI base) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;")
                .append("padding:0 1rem;color:#1b1f24}table{border-collapse:collapse;width:100%}")
                .append("td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d0d7de}")
                .append("code{font-size:.9em}</style>\n</head>\n<body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p>A Virtual Observatory archive of observatory data products. Query it from ")
                .append("TOPCAT, Aladin or pyvo through the services below.</p>\n")
                .append("<p>Or browse the holdings in a web browser with the <a href=\"")
                .append(Html.escape(base.resolve("search.html").toString())).append("\">faceted search</a>.</p>\n")
                .append("<h2>Services</h2>\n<table>\n<tr><th>Service</th><th>Standard</th><th>URL</th></tr>\n");
        for (Capability c : capabilities) {
            for (CapabilityInterface i : c.interfaces()) {
                String url = base.resolve(i.path()).toString();
                html.append("<tr><td>").append(Html.escape(c.title())).append("</td><td><code>")
                        .append(Html.escape(c.standardId())).append("</code></td><td><a href=\"")
                        .append(Html.escape(url)).append("\">").append(Html.escape(url)).append("</a></td></tr>\n");
            }
        }
        String health = base.resolve("health").toString();
        html.append("</table>\n<h2>Operators</h2>\n<p>Health (JSON; HTTP 503 when the archive cannot serve): <a href=\"")
                .append(Html.escape(health)).append("\">").append(Html.escape(health)).append("</a></p>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }
}
