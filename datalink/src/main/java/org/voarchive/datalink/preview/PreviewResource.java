package org.voarchive.datalink.preview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voarchive.datalink.files.StoredFiles;
import org.voarchive.db.files.ArchivedFile;
import org.voarchive.server.access.Caller;

/**
 * {@code /datalink/preview/{ARCFILE}.png}: the preview of a product the caller may have (released, or of
 * the caller's programmes). Shared caches may keep a released product's preview, never a proprietary one's.
 */
@Path("datalink/preview/{name}")
public class PreviewResource {

    private static final Logger LOG = Logger.getLogger(PreviewResource.class.getName());

    @Inject
    StoredFiles files;

    @Inject
    PreviewCache previews;

    @Context
    SecurityContext security;

    @GET
    public Response get(@PathParam("name") String name) {
        String arcfile = name.endsWith(".png") ? name.substring(0, name.length() - 4) : "";
        ArchivedFile product = files.find(arcfile, Caller.of(security)).filter(f -> f.kind().equals("product"))
                .orElseThrow(() -> new NotFoundException("no preview of a public product named " + name));
        boolean released = !product.releaseDate().isAfter(LocalDateTime.now(ZoneOffset.UTC));
        java.nio.file.Path png;
        try {
            png = previews.preview(product);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "no preview of " + arcfile, e);
            throw new NotFoundException("no preview can be drawn for " + arcfile);
        }
        try {
            return Response.ok(Files.newInputStream(png), "image/png")
                    .header("Content-Length", Files.size(png))
                    .header("Cache-Control", released ? "public, max-age=86400" : "private, no-store").build();
        } catch (IOException e) {
            throw new NotFoundException("no preview can be read for " + arcfile);
        }
    }
}
