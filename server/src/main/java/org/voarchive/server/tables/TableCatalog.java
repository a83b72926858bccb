package org.voarchive.server.tables;

import java.util.List;
import java.util.Optional;

/**
 * The queryable tables, as TAP_SCHEMA describes them.
 *
 * <p>Implementations are thread safe. They may cache, but must reflect a change of TAP_SCHEMA within a
 * minute. Lookups never return null.
 */
public interface TableCatalog {

    /** Every schema with its tables, in TAP_SCHEMA's index order; never null. */
    List<SchemaDescription> schemas();

    /**
     * Finds a table by its qualified TAP_SCHEMA name, for example {@code ivoa.obscore}. The comparison is
     * exact; callers resolve ADQL's case rules before asking.
     *
     * @return the table, or empty when there is none of that name
     */
    default Optional<TableDescription> table(String qualifiedName) {
        return schemas().stream().flatMap(s -> s.tables().stream())
                .filter(t -> t.tableName().equals(qualifiedName)).findFirst();
    }

    /** Every table of every schema; never null. */
    default List<TableDescription> tables() {
        return schemas().stream().flatMap(s -> s.tables().stream()).toList();
    }
}
