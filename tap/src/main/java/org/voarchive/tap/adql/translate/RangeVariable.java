package org.voarchive.tap.adql.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.TableDescription;
import org.voarchive.tap.adql.ast.Identifier;
import org.voarchive.tap.adql.ast.TableName;

/**
 * One table-like FROM item (a table, a derived table, a common table) with the names a qualifier can
 * use for it and its columns. In SQL it is always known by a generated alias ({@code "t1"}, ...), so that
 * no user-chosen name is needed in the statement and no two items clash.
 */
final class RangeVariable {

    private final TableDescription table;
    private final Identifier alias;
    private final String commonTableName;
    private final String sqlAlias;
    private final List<ScopeColumn> columns;

    private RangeVariable(TableDescription table, Identifier alias, String commonTableName, String sqlAlias,
            List<OutputColumn> outputs) {
        this.table = table;
        this.alias = alias;
        this.commonTableName = commonTableName;
        this.sqlAlias = sqlAlias;
        List<ScopeColumn> list = new ArrayList<>();
        String prefix = SqlText.identifier(sqlAlias) + ".";
        if (table != null) {
            for (ColumnDescription c : table.columns()) {
                String name = SqlText.undelimited(c.name());
                list.add(new ScopeColumn(name, prefix + SqlText.identifier(name), Kind.of(c), c, this, true));
            }
        } else {
            for (OutputColumn c : outputs) {
                list.add(new ScopeColumn(c.label(), prefix + SqlText.identifier(c.label()), c.kind(), c.description(),
                        this, false));
            }
        }
        this.columns = List.copyOf(list);
    }

    /** A table of the catalog, with its correlation name if one was given. */
    static RangeVariable table(TableDescription table, Identifier alias, String sqlAlias) {
        return new RangeVariable(table, alias, null, sqlAlias, List.of());
    }

    /** A derived table, which ADQL requires to be named. */
    static RangeVariable derived(Identifier alias, String sqlAlias, List<OutputColumn> columns) {
        return new RangeVariable(null, alias, null, sqlAlias, columns);
    }

    /** A common table of a WITH clause, known by its name unless given a correlation name. */
    static RangeVariable commonTable(String name, Identifier alias, String sqlAlias, List<OutputColumn> columns) {
        return new RangeVariable(null, alias, name, sqlAlias, columns);
    }

    /** The catalog table, or null for a derived or common table. */
    TableDescription table() {
        return table;
    }

    String sqlAlias() {
        return sqlAlias;
    }

    List<ScopeColumn> columns() {
        return columns;
    }

    /**
     * Whether a qualifier designates this item: its correlation name when it has one, otherwise its table
     * name (alone or with its schema) or its common table name.
     */
    boolean answersTo(TableName qualifier) {
        if (alias != null) {
            return qualifier.schema() == null && qualifier.table().matches(alias.normalized());
        }
        if (commonTableName != null) {
            return qualifier.schema() == null && qualifier.table().matches(commonTableName);
        }
        return qualifier.table().matches(table.simpleName())
                && (qualifier.schema() == null || qualifier.schema().matches(table.schemaName()));
    }

    /** The columns a name designates under ADQL's case rules. */
    List<ScopeColumn> columnsNamed(Identifier name) {
        return columns.stream().filter(c -> name.matches(c.name())).toList();
    }

    /** The column of exactly this name. */
    Optional<ScopeColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
