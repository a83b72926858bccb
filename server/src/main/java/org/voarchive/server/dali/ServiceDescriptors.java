package org.voarchive.server.dali;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voarchive.server.tables.ColumnDescription;
import uk.ac.starlink.votable.VOSerializer;

/**
 * The service descriptors that result VOTables carry, from the {@link ServiceDescriptorSource}s that
 * {@link ServiceDescriptorInstaller} installs when the application starts. Until then (and in tests
 * without a container) results carry none. Thread safe.
 */
public final class ServiceDescriptors {

    private static volatile List<ServiceDescriptorSource> sources = List.of();
    private static volatile URI configuredBase;

    private ServiceDescriptors() {
    }

    /**
     * Replaces the sources and the configured public base URL.
     *
     * @param installed the sources, asked in order
     * @param base the configured public base URL ending in a slash, or null to use the request's
     */
    public static void install(List<ServiceDescriptorSource> installed, URI base) {
        sources = List.copyOf(installed);
        configuredBase = base;
    }

    /** The descriptors that apply to a result with these columns, from every source; possibly empty. */
    static List<ServiceDescriptor> forColumns(List<ColumnDescription> columns) {
        List<ServiceDescriptor> all = new ArrayList<>();
        for (ServiceDescriptorSource source : sources) {
            for (ServiceDescriptor d : source.descriptors(columns)) {
                if (columnIndex(columns, d.column()) >= 0) {
                    all.add(d);
                }
            }
        }
        return all;
    }

    /** The index of the column of that name (case-insensitive), or -1. */
    static int columnIndex(List<ColumnDescription> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The XML ID given to the FIELD of a column that a descriptor references: an NCName from its position. */
    static String fieldId(int column) {
        return "col" + column;
    }

    /** The public base URL for access URLs: configured, else the request's, else empty. */
    static Optional<URI> base() {
        URI configured = configuredBase;
        return Optional.ofNullable(configured != null ? configured : RequestBase.current());
    }

    /**
     * Writes one descriptor as DataLink's {@code RESOURCE type="meta" utype="adhoc:service"}, its input
     * parameter referencing the FIELD with the given ID.
     */
    static void write(ServiceDescriptor d, String fieldId, URI base, Writer w) throws IOException {
        w.write("<RESOURCE type=\"meta\" utype=\"adhoc:service\" ID=\"" + VOSerializer.formatText(d.id()) + "\">\n");
        if (d.description() != null) {
            w.write("<DESCRIPTION>" + VOSerializer.formatText(d.description()) + "</DESCRIPTION>\n");
        }
        w.write(param("standardID", d.standardId()));
        w.write(param("accessURL", base.resolve(d.accessPath()).toString()));
        w.write("<GROUP name=\"inputParams\">\n");
        w.write("<PARAM name=\"" + VOSerializer.formatText(d.inputParam()) + "\" datatype=\"char\" arraysize=\"*\""
                + " value=\"\" ref=\"" + VOSerializer.formatText(fieldId) + "\"/>\n");
        w.write("</GROUP>\n</RESOURCE>\n");
    }

    private static String param(String name, String value) {
        return "<PARAM name=\"" + name + "\" datatype=\"char\" arraysize=\"*\" value=\""
                + VOSerializer.formatText(value) + "\"/>\n";
    }
}
