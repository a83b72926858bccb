package org.voarchive.tap.adql.translate;

import java.util.List;
import java.util.Optional;
import org.voarchive.tap.adql.ast.Identifier;

/**
 * The common tables (WITH) visible at a point of the query: those defined earlier in the same WITH
 * clause and in the WITH clauses of enclosing queries, innermost first. Immutable.
 */
final class CommonTables {

    static final CommonTables NONE = new CommonTables(null, null, List.of());

    private final CommonTables parent;
    private final String name;
    private final List<OutputColumn> columns;

    private CommonTables(CommonTables parent, String name, List<OutputColumn> columns) {
        this.parent = parent;
        this.name = name;
        this.columns = columns;
    }

    /** These common tables and one more, which hides any of the same name. */
    CommonTables with(String normalizedName, List<OutputColumn> outputColumns) {
        return new CommonTables(this, normalizedName, List.copyOf(outputColumns));
    }

    /**
     * The innermost common table an unqualified table name designates.
     *
     * @return its normalized name and columns, or empty
     */
    Optional<CommonTables> find(Identifier tableName) {
        for (CommonTables t = this; t.parent != null; t = t.parent) {
            if (tableName.matches(t.name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    String name() {
        return name;
    }

    List<OutputColumn> columns() {
        return columns;
    }
}
