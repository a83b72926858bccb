package org.voarchive.datalink.descriptor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.voarchive.server.dali.ServiceDescriptor;
import org.voarchive.server.dali.ServiceDescriptorSource;
import org.voarchive.server.tables.ColumnDescription;

/**
 * Advertises {links} on results with publisher DIDs: the column named {@code obs_publisher_did}, else
 * the first column with UCD {@code meta.ref.ivoid}.
 */
@ApplicationScoped
public class PublisherDidDescriptors implements ServiceDescriptorSource {

    static final String LINKS_STANDARD = "ivo://ivoa.net/std/DataLink#links-1.1";
    static final String LINKS_PATH = "datalink/links";

    @Override
    public List<ServiceDescriptor> descriptors(List<ColumnDescription> columns) {
        ColumnDescription did = columns.stream().filter(c -> c.name().equalsIgnoreCase("obs_publisher_did"))
                .findFirst()
                .orElseGet(() -> columns.stream().filter(c -> c.ucd() != null
                        && c.ucd().toLowerCase(java.util.Locale.ROOT).contains("meta.ref.ivoid")).findFirst().orElse(null));
        if (did == null) {
            return List.of();
        }
        return List.of(new ServiceDescriptor("datalink", LINKS_STANDARD, LINKS_PATH,
                "DataLink {links}: the file, preview, progenitors, calibrations and cutouts of each data set",
                "ID", did.name()));
    }
}
