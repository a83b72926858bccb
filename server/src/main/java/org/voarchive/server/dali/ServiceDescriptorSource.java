package org.voarchive.server.dali;

import java.util.List;
import org.voarchive.server.tables.ColumnDescription;

/**
 * What a module that serves a row-oriented service (DataLink) contributes to result VOTables: the
 * descriptors of the services that apply to a result with given columns. Implementations are CDI beans;
 * every VOTable result of TAP, SSA and SIA asks each of them once, before its first row.
 *
 * <p>Implementations are called from any thread, must be thread safe and cheap (no I/O), never throw and
 * never return null: a result they do not apply to gets an empty list.
 */
public interface ServiceDescriptorSource {

    /**
     * The descriptors that apply to a result with these columns.
     *
     * @param columns the result's columns, in order
     * @return descriptors whose {@link ServiceDescriptor#column()} is one of the columns; possibly empty
     */
    List<ServiceDescriptor> descriptors(List<ColumnDescription> columns);
}
