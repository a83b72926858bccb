package org.voarchive.datalink.spectrum;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.datalink.files.StoredFiles;
import org.voarchive.db.files.ArchivedFile;
import org.voarchive.db.files.ReleasedFiles;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;

/**
 * {@code /datalink/spectrum/{ID}.vot}: a released Phase 3 spectrum as a Spectrum data model VOTable. ID
 * is the product's dp_id ({@code ADP...}) or ARCFILE. The file is read before the answer starts, so an
 * unknown, proprietary or non-spectrum product is a plain 404.
 */
@Path("datalink/spectrum/{name}")
public class SpectrumResource {

    /** What SSA and clients append to a product's dp_id to name its VOTable form. */
    public static final String SUFFIX = ".vot";

    private static final Logger LOG = Logger.getLogger(SpectrumResource.class.getName());

    @Inject
    StoredFiles files;

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    @Context
    SecurityContext security;

    @GET
    public Response get(@PathParam("name") String name) {
        String id = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : "";
        NotFoundException notFound = new NotFoundException("no public spectrum named " + name);
        ArchivedFile product;
        try {
            product = id.isEmpty() ? null : new ReleasedFiles(dataSource, config.readerRole(), Caller.of(security)).product(id).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("the archive database did not answer: " + e.getMessage(), e);
        }
        if (product == null || !product.kind().equals("product")) {
            throw notFound;
        }
        SpectrumProduct spectrum;
        try {
            spectrum = SpectrumProduct.read(files.path(product));
        } catch (NotASpectrumException e) {
            throw notFound;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "spectrum " + product.arcfile() + " cannot be read", e);
            throw new NotFoundException("the spectrum " + name + " cannot be read");
        }
        String dpId = product.arcfile().replaceFirst("\\.fits$", "");
        String did = "ivo://" + config.authority() + "/ID?" + dpId;
        StreamingOutput body = out -> SpectrumVoTable.write(spectrum, did, out);
        return Response.ok(body, SpectrumVoTable.CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + dpId + SUFFIX + "\"").build();
    }
}
