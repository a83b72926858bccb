package org.voarchive.tap.adql.translate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.TableDescription;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Expression;
import org.voarchive.tap.adql.ast.Identifier;
import org.voarchive.tap.adql.ast.Position;
import org.voarchive.tap.adql.ast.Query;
import org.voarchive.tap.adql.ast.QueryBody;
import org.voarchive.tap.adql.ast.SelectItem;
import org.voarchive.tap.adql.ast.TableName;
import org.voarchive.tap.adql.ast.TableReference;

/**
 * Translates one ADQL query tree to PostgreSQL with pgSphere, resolving every name against the tables
 * as it goes. One instance serves one translation: it numbers the aliases it generates.
 */
public final class QueryTranslator {

    private final List<TableDescription> tables;
    private int lastAlias;

    /**
     * @param tables the tables queries may use, as TAP_SCHEMA describes them
     */
    public QueryTranslator(List<TableDescription> tables) {
        this.tables = List.copyOf(tables);
    }

    /**
     * The SQL of a whole query and the description of its output columns.
     *
     * @param root the query
     * @param limit the most rows the statement may return (the caller's MAXREC plus one), applied on top
     *     of any TOP
     * @return the translation
     * @throws AdqlException when a name does not resolve, a function is misused, or a feature is not
     *     supported
     */
    public Translation translate(Query root, long limit) {
        QueryResult result = query(root, null, CommonTables.NONE, true, limit);
        return new Translation(result.sql(), result.columns().stream().map(OutputColumn::description).toList(),
                result.limit());
    }

    /**
     * A translated query.
     *
     * @param sql the statement
     * @param columns the output columns' descriptions, in order
     * @param limit the LIMIT the statement ends with
     */
    public record Translation(String sql, List<ColumnDescription> columns, long limit) {

        public Translation {
            columns = List.copyOf(columns);
        }
    }

    /** A translated query or query body: its SQL, its columns, and the LIMIT it applies (or null). */
    record QueryResult(String sql, List<OutputColumn> columns, Long limit) {
    }

    /**
     * Translates a query.
     *
     * @param outer the scope of the enclosing query, for correlated references; null at the top
     * @param output whether its columns are the result the user gets, which then come out in the forms
     *     the writers expect (geometries as DALI arrays, numbers of exactly the described type)
     * @param outerLimit a row limit to apply over any TOP, or null
     */
    QueryResult query(Query query, Scope outer, CommonTables visible, boolean output, Long outerLimit) {
        StringBuilder sql = new StringBuilder();
        CommonTables tablesInScope = visible;
        if (!query.with().isEmpty()) {
            Set<String> defined = new HashSet<>();
            List<String> parts = new ArrayList<>();
            for (Query.CommonTable table : query.with()) {
                String name = table.name().normalized();
                if (!defined.add(name)) {
                    throw new AdqlException("common table \"" + table.name().text() + "\" is defined twice",
                            table.name().position());
                }
                QueryResult definition = query(table.query(), outer, tablesInScope, false, null);
                tablesInScope = tablesInScope.with(name, definition.columns());
                parts.add(SqlText.identifier(name) + " AS (" + definition.sql() + ")");
            }
            sql.append("WITH ").append(String.join(", ", parts)).append(' ');
        }
        List<OutputColumn> columns;
        Long limit = outerLimit;
        List<String> order;
        if (query.body() instanceof QueryBody.Select select) {
            SelectResult result = select(select, outer, tablesInScope, output);
            sql.append(result.sql());
            columns = result.columns();
            order = orderBy(query.orderBy(), columns, result.scope(), tablesInScope);
            if (select.top() != null) {
                limit = limit == null ? select.top() : Math.min(limit, select.top());
            }
        } else {
            QueryResult body = operand(query.body(), outer, tablesInScope, output);
            sql.append(body.sql());
            columns = body.columns();
            order = orderBy(query.orderBy(), columns, null, tablesInScope);
        }
        if (!order.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", order));
        }
        if (limit != null) {
            sql.append(" LIMIT ").append(limit);
        }
        if (query.offset() != null) {
            sql.append(" OFFSET ").append(query.offset());
        }
        return new QueryResult(sql.toString(), columns, limit);
    }

    /** A query body standing as an operand: parenthesized, with its own TOP. */
    private QueryResult operand(QueryBody body, Scope outer, CommonTables visible, boolean output) {
        if (body instanceof QueryBody.Select select) {
            SelectResult result = select(select, outer, visible, output);
            String limit = select.top() == null ? "" : " LIMIT " + select.top();
            return new QueryResult("(" + result.sql() + limit + ")", result.columns(), null);
        }
        if (body instanceof QueryBody.Nested nested) {
            QueryResult inner = query(nested.query(), outer, visible, output, null);
            return new QueryResult("(" + inner.sql() + ")", inner.columns(), null);
        }
        QueryBody.SetOperation operation = (QueryBody.SetOperation) body;
        QueryResult left = operand(operation.left(), outer, visible, output);
        QueryResult right = operand(operation.right(), outer, visible, output);
        String operator = operation.operator().name();
        if (left.columns().size() != right.columns().size()) {
            throw new AdqlException("the operands of " + operator + " have " + left.columns().size() + " and "
                    + right.columns().size() + " columns", operation.position());
        }
        List<OutputColumn> columns = new ArrayList<>();
        for (int i = 0; i < left.columns().size(); i++) {
            OutputColumn l = left.columns().get(i);
            Kind r = right.columns().get(i).kind();
            if (l.kind() != r && l.kind().isNumeric() && r.isNumeric()) {
                Kind wider = Kind.wider(l.kind(), r);
                columns.add(new OutputColumn(l.label(), wider, wider.retype(l.description()), l.value()));
            } else {
                columns.add(l);
            }
        }
        String sql = left.sql() + " " + operator + (operation.all() ? " ALL " : " ") + right.sql();
        return new QueryResult("(" + sql + ")", columns, null);
    }

    // -----------------------------------------------------------------------------------------------
    // SELECT

    private record SelectResult(String sql, List<OutputColumn> columns, Scope scope) {
    }

    private SelectResult select(QueryBody.Select select, Scope outer, CommonTables visible, boolean output) {
        Relation from = null;
        for (TableReference reference : select.from()) {
            Relation item = tableReference(reference, outer, visible);
            from = from == null ? item : from.comma(item);
        }
        Scope scope = new Scope(outer, from);
        ExpressionTranslator expressions = new ExpressionTranslator(this, scope, visible);
        String where = select.where() == null ? null : expressions.condition(select.where());

        OutputNames names = new OutputNames();
        List<OutputColumn> columns = new ArrayList<>();
        for (SelectItem item : select.items()) {
            if (item instanceof SelectItem.AllColumns) {
                for (ScopeColumn column : from.columns()) {
                    columns.add(names.column(column.value(), null));
                }
            } else if (item instanceof SelectItem.TableColumns table) {
                for (ScopeColumn column : scope.rangeVariable(table.table()).columns()) {
                    columns.add(names.column(column.value(), null));
                }
            } else {
                SelectItem.Derived derived = (SelectItem.Derived) item;
                columns.add(names.column(expressions.expression(derived.expression()), derived.alias()));
            }
        }
        List<String> items = new ArrayList<>();
        for (OutputColumn column : columns) {
            String value = output ? OutputForms.of(column.value()) : column.value().sql();
            items.add(value + " AS " + SqlText.identifier(column.label()));
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        if (select.distinct()) {
            sql.append("DISTINCT ");
        }
        sql.append(String.join(", ", items)).append(" FROM ").append(from.sql());
        if (where != null) {
            sql.append(" WHERE ").append(where);
        }
        if (!select.groupBy().isEmpty()) {
            List<String> groups = new ArrayList<>();
            for (Expression expression : select.groupBy()) {
                groups.add(groupBy(expression, scope, columns, expressions));
            }
            sql.append(" GROUP BY ").append(String.join(", ", groups));
        }
        if (select.having() != null) {
            sql.append(" HAVING ").append(expressions.condition(select.having()));
        }
        return new SelectResult(sql.toString(), columns, scope);
    }

    /** GROUP BY takes a column of the FROM clause first, and else an output column named by its alias. */
    private static String groupBy(Expression expression, Scope scope, List<OutputColumn> columns,
            ExpressionTranslator expressions) {
        if (expression instanceof Expression.ColumnRef reference && reference.qualifier() == null
                && scope.find(reference).isEmpty()) {
            Optional<OutputColumn> output = outputNamed(reference.column(), columns);
            if (output.isPresent()) {
                return output.get().value().sql();
            }
        }
        return expressions.expression(expression).sql();
    }

    /**
     * ORDER BY items: an integer is a 1-based output column position, a bare name an output column's
     * name, anything else an expression over the FROM clause (which a set operation does not have).
     */
    private List<String> orderBy(List<Query.OrderItem> items, List<OutputColumn> columns, Scope scope,
            CommonTables visible) {
        List<String> order = new ArrayList<>();
        for (Query.OrderItem item : items) {
            String key = orderKey(item.expression(), columns, scope, visible);
            order.add(item.descending() ? key + " DESC" : key);
        }
        return order;
    }

    private String orderKey(Expression expression, List<OutputColumn> columns, Scope scope, CommonTables visible) {
        if (expression instanceof Expression.NumberLiteral number && number.integral()) {
            if (number.value().signum() <= 0 || number.value().compareTo(BigDecimal.valueOf(columns.size())) > 0) {
                throw new AdqlException("ORDER BY position " + number.value() + " is not between 1 and "
                        + columns.size(), number.position());
            }
            return number.value().toPlainString();
        }
        if (expression instanceof Expression.ColumnRef reference && reference.qualifier() == null) {
            Optional<OutputColumn> output = outputNamed(reference.column(), columns);
            if (output.isPresent()) {
                return String.valueOf(columns.indexOf(output.get()) + 1);
            }
        }
        if (scope == null) {
            throw new AdqlException("ORDER BY of UNION, EXCEPT or INTERSECT must give an output column's name or "
                    + "position", expression.position());
        }
        return new ExpressionTranslator(this, scope, visible).expression(expression).sql();
    }

    private static Optional<OutputColumn> outputNamed(Identifier name, List<OutputColumn> columns) {
        return columns.stream().filter(c -> name.matches(c.label())).findFirst();
    }

    /** Gives output columns their names, unique within one select list. */
    private static final class OutputNames {

        private final Set<String> used = new HashSet<>();

        OutputColumn column(Typed value, Identifier alias) {
            String shown = alias != null ? alias.text() : value.description().name();
            String label = alias != null ? alias.normalized()
                    : value.column() != null ? value.column().name() : value.description().name();
            String unique = label;
            for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = label + "_" + n;
            }
            if (!unique.equals(label)) {
                shown = shown + unique.substring(label.length());
            }
            return new OutputColumn(unique, value.kind(), value.description().named(shown), value);
        }
    }

    // -----------------------------------------------------------------------------------------------
    // FROM

    private Relation tableReference(TableReference reference, Scope outer, CommonTables visible) {
        if (reference instanceof TableReference.Named named) {
            RangeVariable variable = namedTable(named, visible);
            String source = variable.table() != null
                    ? SqlText.tableName(variable.table())
                    : SqlText.identifier(visible.find(named.name().table()).orElseThrow().name());
            return new Relation(source + " AS " + SqlText.identifier(variable.sqlAlias()), List.of(variable),
                    variable.columns());
        }
        if (reference instanceof TableReference.Derived derived) {
            QueryResult subquery = query(derived.query(), outer, visible, false, null);
            RangeVariable variable = RangeVariable.derived(derived.alias(), nextAlias(), subquery.columns());
            return new Relation("(" + subquery.sql() + ") AS " + SqlText.identifier(variable.sqlAlias()),
                    List.of(variable), variable.columns());
        }
        return join((TableReference.Join) reference, outer, visible);
    }

    private RangeVariable namedTable(TableReference.Named named, CommonTables visible) {
        TableName name = named.name();
        if (name.schema() == null) {
            Optional<CommonTables> common = visible.find(name.table());
            if (common.isPresent()) {
                return RangeVariable.commonTable(common.get().name(), named.alias(), nextAlias(),
                        common.get().columns());
            }
        }
        List<TableDescription> matches = tables.stream()
                .filter(t -> name.table().matches(t.simpleName())
                        && (name.schema() == null || name.schema().matches(t.schemaName())))
                .toList();
        if (matches.isEmpty()) {
            throw new AdqlException("unknown table \"" + Scope.text(name) + "\"", name.position());
        }
        if (matches.size() > 1) {
            throw new AdqlException("table name \"" + Scope.text(name) + "\" is ambiguous ("
                    + String.join(", ", matches.stream().map(TableDescription::tableName).toList())
                    + "); qualify it with its schema", name.position());
        }
        return RangeVariable.table(matches.get(0), named.alias(), nextAlias());
    }

    private Relation join(TableReference.Join join, Scope outer, CommonTables visible) {
        Relation left = tableReference(join.left(), outer, visible);
        Relation right = tableReference(join.right(), outer, visible);
        List<RangeVariable> variables = new ArrayList<>(left.rangeVariables());
        variables.addAll(right.rangeVariables());
        String rightSql = join.right() instanceof TableReference.Join ? "(" + right.sql() + ")" : right.sql();
        if (join.type() == TableReference.JoinType.CROSS) {
            List<ScopeColumn> columns = new ArrayList<>(left.columns());
            columns.addAll(right.columns());
            return new Relation(left.sql() + " CROSS JOIN " + rightSql, variables, columns);
        }
        String keyword = switch (join.type()) {
            case LEFT -> " LEFT OUTER JOIN ";
            case RIGHT -> " RIGHT OUTER JOIN ";
            case FULL -> " FULL OUTER JOIN ";
            default -> " INNER JOIN ";
        };
        if (join.on() != null) {
            List<ScopeColumn> columns = new ArrayList<>(left.columns());
            columns.addAll(right.columns());
            Scope scope = new Scope(outer, new Relation("", variables, columns));
            String on = new ExpressionTranslator(this, scope, visible).condition(join.on());
            return new Relation(left.sql() + keyword + rightSql + " ON " + on, variables, columns);
        }
        return mergingJoin(join, left, right, keyword + rightSql, variables);
    }

    /**
     * A USING or NATURAL join. It becomes an ON join over the named column pairs, and each pair one
     * column: the left one for inner and left joins, the right one for right joins, the first not null of
     * the two for full joins; so only names the tables' descriptions know take part.
     */
    private static Relation mergingJoin(TableReference.Join join, Relation left, Relation right, String rightSql,
            List<RangeVariable> variables) {
        List<ScopeColumn[]> pairs = new ArrayList<>();
        if (join.natural()) {
            for (ScopeColumn l : left.columns()) {
                List<ScopeColumn> same = right.columns().stream().filter(r -> r.name().equals(l.name())).toList();
                if (!same.isEmpty()) {
                    pairs.add(new ScopeColumn[] {l, only(same, l.name(), "right", join.position())});
                }
            }
            for (ScopeColumn[] pair : pairs) {
                only(left.columns().stream().filter(c -> c.name().equals(pair[0].name())).toList(), pair[0].name(),
                        "left", join.position());
            }
        } else {
            for (Identifier name : join.using()) {
                ScopeColumn l = only(left.columns().stream().filter(c -> name.matches(c.name())).toList(),
                        name.text(), "left", name.position());
                ScopeColumn r = only(right.columns().stream().filter(c -> name.matches(c.name())).toList(),
                        name.text(), "right", name.position());
                pairs.add(new ScopeColumn[] {l, r});
            }
        }
        List<ScopeColumn> columns = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        Set<ScopeColumn> merged = new HashSet<>();
        for (ScopeColumn[] pair : pairs) {
            ScopeColumn l = pair[0];
            ScopeColumn r = pair[1];
            conditions.add(l.sql() + " = " + r.sql());
            String sql = switch (join.type()) {
                case RIGHT -> r.sql();
                case FULL -> "COALESCE(" + l.sql() + ", " + r.sql() + ")";
                default -> l.sql();
            };
            columns.add(new ScopeColumn(l.name(), sql, l.kind(), l.description(), null, false));
            merged.add(l);
            merged.add(r);
        }
        left.columns().stream().filter(c -> !merged.contains(c)).forEach(columns::add);
        right.columns().stream().filter(c -> !merged.contains(c)).forEach(columns::add);
        String on = conditions.isEmpty() ? "TRUE" : "(" + String.join(" AND ", conditions) + ")";
        return new Relation(left.sql() + rightSql + " ON " + on, variables, columns);
    }

    private static ScopeColumn only(List<ScopeColumn> found, String name, String side, Position position) {
        if (found.isEmpty()) {
            throw new AdqlException("join column \"" + name + "\" is not in the " + side + " table", position);
        }
        if (found.size() > 1) {
            throw new AdqlException("join column \"" + name + "\" is ambiguous in the " + side + " table", position);
        }
        return found.get(0);
    }

    private String nextAlias() {
        return "t" + ++lastAlias;
    }

    /** A subquery of an expression (IN, EXISTS, a scalar subquery), which may refer to the expression's scope. */
    QueryResult subquery(Query query, Scope scope, CommonTables visible) {
        return query(query, scope, visible, false, null);
    }
}
