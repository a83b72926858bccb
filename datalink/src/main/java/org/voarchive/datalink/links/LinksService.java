package org.voarchive.datalink.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;

/**
 * Answers {links} requests: looks the IDs up as the query role on the caller's behalf and builds the rows.
 * Thread safe.
 */
@ApplicationScoped
public class LinksService {

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    /**
     * The links of every ID, in the order asked, and the cutout descriptors they reference; an ID the
     * caller may not see is answered like an unknown one.
     */
    public Answer links(List<String> ids, URI base, Caller caller) throws SQLException {
        Map<String, ProductLookup> found = new ProductLinksQuery(dataSource, config.readerRole(), caller).lookup(ids);
        LinkBuilder builder = new LinkBuilder(base);
        List<Link> links = new ArrayList<>();
        List<CutoutDescriptor> cutouts = new ArrayList<>();
        for (String id : ids) {
            ProductLookup lookup = found.get(id);
            // an ID asked twice shares its product's descriptor
            String earlier = cutouts.stream().filter(c -> c.did().equals(id)).map(CutoutDescriptor::id).findFirst()
                    .orElse(null);
            String cutoutId = earlier != null ? earlier : "soda" + (cutouts.size() + 1);
            links.addAll(builder.links(id, lookup, cutoutId));
            if (lookup.outcome() == ProductLookup.Outcome.FOUND && earlier == null) {
                StoredProduct p = lookup.product();
                cutouts.add(new CutoutDescriptor(cutoutId, id, p.emMin(), p.emMax()));
            }
        }
        return new Answer(links, cutouts, base);
    }

    /** A {links} answer ready to be written. */
    public record Answer(List<Link> links, List<CutoutDescriptor> cutouts, URI base) {

        /** Writes the DataLink VOTable; the stream stays open. */
        public void write(OutputStream out) throws IOException {
            LinksDocument.write(links, cutouts, base, out);
        }
    }
}
