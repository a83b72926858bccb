package org.voarchive.tap.adql.translate;

import java.util.List;
import java.util.Optional;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Expression.ColumnRef;
import org.voarchive.tap.adql.ast.TableName;

/**
 * The names visible where an expression stands: the FROM clause of its query, then those of the queries
 * it is nested in, innermost first, as SQL resolves correlated references.
 */
final class Scope {

    private final Scope parent;
    private final Relation relation;

    /**
     * @param parent the enclosing query's scope, or null at the outermost query
     * @param relation this query's FROM clause
     */
    Scope(Scope parent, Relation relation) {
        this.parent = parent;
        this.relation = relation;
    }

    Relation relation() {
        return relation;
    }

    /**
     * The column a reference designates.
     *
     * @throws AdqlException when no column or more than one has that name, or the qualifier names no
     *     table or several
     */
    ScopeColumn resolve(ColumnRef reference) {
        return find(reference).orElseThrow(() -> new AdqlException("unknown column \"" + text(reference) + "\"",
                reference.position()));
    }

    /**
     * The column a reference designates, or empty when none has its name.
     *
     * @throws AdqlException when the name is ambiguous, or the qualifier names no table
     */
    Optional<ScopeColumn> find(ColumnRef reference) {
        for (Scope scope = this; scope != null; scope = scope.parent) {
            List<ScopeColumn> found;
            if (reference.qualifier() == null) {
                found = scope.relation.columns().stream().filter(c -> reference.column().matches(c.name())).toList();
            } else {
                Optional<RangeVariable> owner = scope.lookup(reference.qualifier());
                if (owner.isEmpty()) {
                    continue;
                }
                found = owner.get().columnsNamed(reference.column());
                if (found.isEmpty()) {
                    throw new AdqlException("unknown column \"" + text(reference) + "\"",
                            reference.column().position());
                }
            }
            if (found.size() > 1) {
                throw new AdqlException("column name \"" + text(reference) + "\" is ambiguous; qualify it with "
                        + "its table", reference.position());
            }
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        if (reference.qualifier() != null) {
            throw new AdqlException("unknown table \"" + text(reference.qualifier()) + "\" in column reference",
                    reference.position());
        }
        return Optional.empty();
    }

    /**
     * The FROM item a qualifier designates, looking outwards.
     *
     * @throws AdqlException when no item or more than one answers to it
     */
    RangeVariable rangeVariable(TableName qualifier) {
        for (Scope scope = this; scope != null; scope = scope.parent) {
            Optional<RangeVariable> found = scope.lookup(qualifier);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AdqlException("unknown table \"" + text(qualifier) + "\"", qualifier.position());
    }

    private Optional<RangeVariable> lookup(TableName qualifier) {
        List<RangeVariable> found = relation.rangeVariables().stream().filter(v -> v.answersTo(qualifier)).toList();
        if (found.size() > 1) {
            throw new AdqlException("table name \"" + text(qualifier) + "\" is ambiguous; give the tables "
                    + "different aliases", qualifier.position());
        }
        return found.stream().findFirst();
    }

    /** A column reference as its user wrote it, without the quotes, for messages. */
    static String text(ColumnRef reference) {
        return reference.qualifier() == null ? reference.column().text()
                : text(reference.qualifier()) + "." + reference.column().text();
    }

    /** A table name as its user wrote it, without the quotes, for messages. */
    static String text(TableName name) {
        return name.schema() == null ? name.table().text() : name.schema().text() + "." + name.table().text();
    }
}
