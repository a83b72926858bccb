package org.voarchive.tap.adql.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Condition;
import org.voarchive.tap.adql.ast.Condition.ComparisonOperator;
import org.voarchive.tap.adql.ast.Expression;
import org.voarchive.tap.adql.ast.Expression.AggregateFunction;
import org.voarchive.tap.adql.ast.Expression.BinaryOperator;
import org.voarchive.tap.adql.ast.Expression.CastType;
import org.voarchive.tap.adql.ast.Identifier;
import org.voarchive.tap.adql.ast.Position;
import org.voarchive.tap.adql.ast.Query;
import org.voarchive.tap.adql.ast.QueryBody;
import org.voarchive.tap.adql.ast.QueryBody.SetOperator;
import org.voarchive.tap.adql.ast.SelectItem;
import org.voarchive.tap.adql.ast.TableName;
import org.voarchive.tap.adql.ast.TableReference;
import org.voarchive.tap.adql.ast.TableReference.JoinType;
import org.voarchive.tap.adql.grammar.AdqlLexer;
import org.voarchive.tap.adql.grammar.AdqlParser;

/** Builds the {@link org.voarchive.tap.adql.ast} tree from ANTLR's parse tree of a syntactically valid query. */
final class TreeBuilder {

    Query query(AdqlParser.QueryExpressionContext ctx) {
        List<Query.CommonTable> with = new ArrayList<>();
        if (ctx.withClause() != null) {
            for (AdqlParser.CommonTableContext table : ctx.withClause().commonTable()) {
                with.add(new Query.CommonTable(identifier(table.identifier()), query(table.queryExpression())));
            }
        }
        List<Query.OrderItem> orderBy = new ArrayList<>();
        if (ctx.orderByClause() != null) {
            for (AdqlParser.OrderItemContext item : ctx.orderByClause().orderItem()) {
                orderBy.add(new Query.OrderItem(expression(item.valueExpression()), item.DESC() != null));
            }
        }
        Long offset = ctx.offsetClause() == null ? null : count(ctx.offsetClause().UNSIGNED_INTEGER(), "OFFSET");
        return new Query(with, setExpression(ctx.setExpression()), orderBy, offset, position(ctx));
    }

    private QueryBody setExpression(AdqlParser.SetExpressionContext ctx) {
        QueryBody body = setTerm(ctx.setTerm(0));
        for (int i = 0; i < ctx.setOperator().size(); i++) {
            AdqlParser.SetOperatorContext operator = ctx.setOperator(i);
            SetOperator type = operator.UNION() != null ? SetOperator.UNION : SetOperator.EXCEPT;
            body = new QueryBody.SetOperation(type, operator.ALL() != null, body, setTerm(ctx.setTerm(i + 1)),
                    position(operator));
        }
        return body;
    }

    private QueryBody setTerm(AdqlParser.SetTermContext ctx) {
        QueryBody body = null;
        Position operator = null;
        boolean all = false;
        for (ParseTree child : ctx.children) {
            if (child instanceof AdqlParser.SetPrimaryContext primary) {
                QueryBody operand = setPrimary(primary);
                body = body == null ? operand
                        : new QueryBody.SetOperation(SetOperator.INTERSECT, all, body, operand, operator);
                all = false;
            } else if (child instanceof TerminalNode terminal) {
                if (terminal.getSymbol().getType() == AdqlLexer.INTERSECT) {
                    operator = position(terminal.getSymbol());
                } else {
                    all = true;
                }
            }
        }
        return body;
    }

    private QueryBody setPrimary(AdqlParser.SetPrimaryContext ctx) {
        return ctx.querySpecification() != null ? select(ctx.querySpecification())
                : new QueryBody.Nested(query(ctx.queryExpression()));
    }

    private QueryBody.Select select(AdqlParser.QuerySpecificationContext ctx) {
        boolean distinct = ctx.setQuantifier() != null && ctx.setQuantifier().DISTINCT() != null;
        Long top = ctx.TOP() == null ? null : count(ctx.UNSIGNED_INTEGER(), "TOP");
        List<SelectItem> items = new ArrayList<>();
        if (ctx.selectList().STAR() != null) {
            items.add(new SelectItem.AllColumns(position(ctx.selectList())));
        } else {
            for (AdqlParser.SelectItemContext item : ctx.selectList().selectItem()) {
                items.add(selectItem(item));
            }
        }
        List<TableReference> from = new ArrayList<>();
        for (AdqlParser.TableReferenceContext reference : ctx.fromClause().tableReference()) {
            from.add(tableReference(reference));
        }
        Condition where = ctx.whereClause() == null ? null : condition(ctx.whereClause().searchCondition());
        List<Expression> groupBy = ctx.groupByClause() == null ? List.of()
                : expressions(ctx.groupByClause().valueExpression());
        Condition having = ctx.havingClause() == null ? null : condition(ctx.havingClause().searchCondition());
        return new QueryBody.Select(distinct, top, items, from, where, groupBy, having, position(ctx));
    }

    private SelectItem selectItem(AdqlParser.SelectItemContext ctx) {
        if (ctx instanceof AdqlParser.QualifiedAsteriskContext star) {
            return new SelectItem.TableColumns(tableName(star.tableName()));
        }
        AdqlParser.DerivedColumnContext derived = (AdqlParser.DerivedColumnContext) ctx;
        Identifier alias = derived.identifier() == null ? null : identifier(derived.identifier());
        return new SelectItem.Derived(expression(derived.valueExpression()), alias);
    }

    // -----------------------------------------------------------------------------------------------
    // FROM

    private TableReference tableReference(AdqlParser.TableReferenceContext ctx) {
        TableReference reference = tablePrimary(ctx.tablePrimary());
        for (AdqlParser.JoinPartContext part : ctx.joinPart()) {
            reference = join(reference, part);
        }
        return reference;
    }

    private TableReference join(TableReference left, AdqlParser.JoinPartContext ctx) {
        Position position = position(ctx);
        if (ctx instanceof AdqlParser.CrossJoinContext cross) {
            return new TableReference.Join(JoinType.CROSS, false, left, tablePrimary(cross.tablePrimary()), null,
                    List.of(), position);
        }
        if (ctx instanceof AdqlParser.NaturalJoinContext natural) {
            return new TableReference.Join(joinType(natural.joinType()), true, left,
                    tablePrimary(natural.tablePrimary()), null, List.of(), position);
        }
        AdqlParser.QualifiedJoinContext qualified = (AdqlParser.QualifiedJoinContext) ctx;
        TableReference right = tablePrimary(qualified.tablePrimary());
        JoinType type = joinType(qualified.joinType());
        if (qualified.joinSpecification() instanceof AdqlParser.JoinOnContext on) {
            return new TableReference.Join(type, false, left, right, condition(on.searchCondition()), List.of(),
                    position);
        }
        AdqlParser.JoinUsingContext using = (AdqlParser.JoinUsingContext) qualified.joinSpecification();
        List<Identifier> columns = new ArrayList<>();
        for (AdqlParser.IdentifierContext column : using.identifier()) {
            columns.add(identifier(column));
        }
        return new TableReference.Join(type, false, left, right, null, columns, position);
    }

    private static JoinType joinType(AdqlParser.JoinTypeContext ctx) {
        if (ctx == null || ctx.INNER() != null) {
            return JoinType.INNER;
        }
        if (ctx.LEFT() != null) {
            return JoinType.LEFT;
        }
        return ctx.RIGHT() != null ? JoinType.RIGHT : JoinType.FULL;
    }

    private TableReference tablePrimary(AdqlParser.TablePrimaryContext ctx) {
        if (ctx instanceof AdqlParser.NamedTableContext named) {
            Identifier alias = named.identifier() == null ? null : identifier(named.identifier());
            return new TableReference.Named(tableName(named.tableName()), alias);
        }
        if (ctx instanceof AdqlParser.DerivedTableContext derived) {
            return new TableReference.Derived(query(derived.queryExpression()), identifier(derived.identifier()));
        }
        return tableReference(((AdqlParser.ParenthesizedJoinContext) ctx).tableReference());
    }

    private TableName tableName(AdqlParser.TableNameContext ctx) {
        List<AdqlParser.IdentifierContext> parts = ctx.identifier();
        return parts.size() == 1 ? new TableName(null, identifier(parts.get(0)))
                : new TableName(identifier(parts.get(0)), identifier(parts.get(1)));
    }

    // -----------------------------------------------------------------------------------------------
    // Conditions

    private Condition condition(AdqlParser.SearchConditionContext ctx) {
        List<Condition> terms = new ArrayList<>();
        for (AdqlParser.BooleanTermContext term : ctx.booleanTerm()) {
            terms.add(term(term));
        }
        return terms.size() == 1 ? terms.get(0) : new Condition.Or(terms);
    }

    private Condition term(AdqlParser.BooleanTermContext ctx) {
        List<Condition> factors = new ArrayList<>();
        for (AdqlParser.BooleanFactorContext factor : ctx.booleanFactor()) {
            Condition primary = booleanPrimary(factor.booleanPrimary());
            factors.add(factor.NOT() == null ? primary : new Condition.Not(primary, position(factor)));
        }
        return factors.size() == 1 ? factors.get(0) : new Condition.And(factors);
    }

    private Condition booleanPrimary(AdqlParser.BooleanPrimaryContext ctx) {
        if (ctx instanceof AdqlParser.NestedConditionContext nested) {
            return condition(nested.searchCondition());
        }
        if (ctx instanceof AdqlParser.TruthValueContext truth) {
            return new Condition.TruthValue(truth.TRUE() != null, position(truth));
        }
        return predicate(((AdqlParser.PredicateConditionContext) ctx).predicate());
    }

    private Condition predicate(AdqlParser.PredicateContext ctx) {
        if (ctx instanceof AdqlParser.ComparisonContext c) {
            return new Condition.Comparison(expression(c.valueExpression(0)), comparisonOperator(c.comparisonOperator()),
                    expression(c.valueExpression(1)));
        }
        if (ctx instanceof AdqlParser.BetweenContext c) {
            return new Condition.Between(expression(c.valueExpression(0)), c.NOT() != null,
                    expression(c.valueExpression(1)), expression(c.valueExpression(2)));
        }
        if (ctx instanceof AdqlParser.LikeContext c) {
            return new Condition.Like(expression(c.valueExpression(0)), c.NOT() != null, c.ILIKE() != null,
                    expression(c.valueExpression(1)));
        }
        if (ctx instanceof AdqlParser.NullTestContext c) {
            return new Condition.NullTest(expression(c.valueExpression()), c.NOT() != null);
        }
        if (ctx instanceof AdqlParser.InSubqueryContext c) {
            return new Condition.InSubquery(expression(c.valueExpression()), c.NOT() != null,
                    query(c.queryExpression()));
        }
        if (ctx instanceof AdqlParser.InListContext c) {
            List<Expression> values = expressions(c.valueExpression());
            return new Condition.InList(values.get(0), c.NOT() != null, values.subList(1, values.size()));
        }
        AdqlParser.ExistsContext exists = (AdqlParser.ExistsContext) ctx;
        return new Condition.Exists(query(exists.queryExpression()), position(exists));
    }

    private static ComparisonOperator comparisonOperator(AdqlParser.ComparisonOperatorContext ctx) {
        return switch (ctx.getStart().getType()) {
            case AdqlLexer.EQ -> ComparisonOperator.EQUAL;
            case AdqlLexer.NE -> ComparisonOperator.NOT_EQUAL;
            case AdqlLexer.LT -> ComparisonOperator.LESS;
            case AdqlLexer.GT -> ComparisonOperator.GREATER;
            case AdqlLexer.LE -> ComparisonOperator.LESS_OR_EQUAL;
            default -> ComparisonOperator.GREATER_OR_EQUAL;
        };
    }

    // -----------------------------------------------------------------------------------------------
    // Values

    private List<Expression> expressions(List<AdqlParser.ValueExpressionContext> contexts) {
        List<Expression> expressions = new ArrayList<>(contexts.size());
        for (AdqlParser.ValueExpressionContext ctx : contexts) {
            expressions.add(expression(ctx));
        }
        return expressions;
    }

    private Expression expression(AdqlParser.ValueExpressionContext ctx) {
        if (ctx instanceof AdqlParser.PrimaryValueContext primary) {
            return primary(primary.primary());
        }
        if (ctx instanceof AdqlParser.UnaryContext unary) {
            Expression operand = expression(unary.valueExpression());
            return switch (unary.op.getType()) {
                case AdqlLexer.PLUS -> operand;
                case AdqlLexer.MINUS -> new Expression.Unary(Expression.UnaryOperator.NEGATE, operand, position(ctx));
                default -> new Expression.Unary(Expression.UnaryOperator.BIT_NOT, operand, position(ctx));
            };
        }
        if (ctx instanceof AdqlParser.MultiplicativeContext c) {
            return binary(c.op.getType() == AdqlLexer.STAR ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE,
                    c.valueExpression(), c.op);
        }
        if (ctx instanceof AdqlParser.AdditiveContext c) {
            return binary(c.op.getType() == AdqlLexer.PLUS ? BinaryOperator.ADD : BinaryOperator.SUBTRACT,
                    c.valueExpression(), c.op);
        }
        if (ctx instanceof AdqlParser.ConcatenationContext c) {
            return binary(BinaryOperator.CONCAT, c.valueExpression(), c.CONCAT().getSymbol());
        }
        if (ctx instanceof AdqlParser.BitAndContext c) {
            return binary(BinaryOperator.BIT_AND, c.valueExpression(), c.AMPERSAND().getSymbol());
        }
        if (ctx instanceof AdqlParser.BitXorContext c) {
            return binary(BinaryOperator.BIT_XOR, c.valueExpression(), c.CARET().getSymbol());
        }
        AdqlParser.BitOrContext c = (AdqlParser.BitOrContext) ctx;
        return binary(BinaryOperator.BIT_OR, c.valueExpression(), c.VERTICAL_BAR().getSymbol());
    }

    private Expression binary(BinaryOperator operator, List<AdqlParser.ValueExpressionContext> operands, Token symbol) {
        return new Expression.Binary(operator, expression(operands.get(0)), expression(operands.get(1)),
                position(symbol));
    }

    private Expression primary(AdqlParser.PrimaryContext ctx) {
        Position position = position(ctx);
        if (ctx instanceof AdqlParser.LiteralValueContext literal) {
            return literal(literal.literal());
        }
        if (ctx instanceof AdqlParser.ColumnValueContext column) {
            return columnReference(column.columnReference());
        }
        if (ctx instanceof AdqlParser.ParenthesizedContext nested) {
            return expression(nested.valueExpression());
        }
        if (ctx instanceof AdqlParser.ScalarSubqueryContext subquery) {
            return new Expression.ScalarSubquery(query(subquery.queryExpression()), position);
        }
        if (ctx instanceof AdqlParser.CountAllContext) {
            return new Expression.Aggregate(AggregateFunction.COUNT, false, null, position);
        }
        if (ctx instanceof AdqlParser.AggregateContext aggregate) {
            AggregateFunction function = AggregateFunction.valueOf(aggregate.fn.getText().toUpperCase(Locale.ROOT));
            boolean distinct = aggregate.setQuantifier() != null && aggregate.setQuantifier().DISTINCT() != null;
            return new Expression.Aggregate(function, distinct, expression(aggregate.valueExpression()), position);
        }
        if (ctx instanceof AdqlParser.CastContext cast) {
            return new Expression.Cast(expression(cast.valueExpression()), castTarget(cast.castTarget()), position);
        }
        if (ctx instanceof AdqlParser.SimpleCaseContext simple) {
            List<Expression.SimpleWhen> whens = new ArrayList<>();
            for (AdqlParser.SimpleWhenContext when : simple.simpleWhen()) {
                whens.add(new Expression.SimpleWhen(expression(when.valueExpression(0)),
                        expression(when.valueExpression(1))));
            }
            Expression otherwise = simple.ELSE() == null ? null : expression(simple.valueExpression(1));
            return new Expression.SimpleCase(expression(simple.valueExpression(0)), whens, otherwise, position);
        }
        if (ctx instanceof AdqlParser.SearchedCaseContext searched) {
            List<Expression.SearchedWhen> whens = new ArrayList<>();
            for (AdqlParser.SearchedWhenContext when : searched.searchedWhen()) {
                whens.add(new Expression.SearchedWhen(condition(when.searchCondition()),
                        expression(when.valueExpression())));
            }
            Expression otherwise = searched.ELSE() == null ? null : expression(searched.valueExpression());
            return new Expression.SearchedCase(whens, otherwise, position);
        }
        if (ctx instanceof AdqlParser.InUnitContext inUnit) {
            return new Expression.InUnit(expression(inUnit.valueExpression()), string(inUnit.STRING().getSymbol()),
                    position);
        }
        if (ctx instanceof AdqlParser.BuiltinCallContext call) {
            String name = call.builtinFunction().getText().toUpperCase(Locale.ROOT);
            return new Expression.FunctionCall(name, expressions(call.valueExpression()), position);
        }
        AdqlParser.UserFunctionCallContext call = (AdqlParser.UserFunctionCallContext) ctx;
        Identifier name = new Identifier(call.REGULAR_IDENTIFIER().getText(), false, position);
        return new Expression.UserFunctionCall(name, expressions(call.valueExpression()), position);
    }

    private static Expression.CastTarget castTarget(AdqlParser.CastTargetContext ctx) {
        CastType type = switch (ctx.getStart().getType()) {
            case AdqlLexer.SMALLINT -> CastType.SMALLINT;
            case AdqlLexer.INTEGER -> CastType.INTEGER;
            case AdqlLexer.BIGINT -> CastType.BIGINT;
            case AdqlLexer.REAL -> CastType.REAL;
            case AdqlLexer.DOUBLE -> CastType.DOUBLE_PRECISION;
            case AdqlLexer.CHAR -> CastType.CHAR;
            case AdqlLexer.VARCHAR -> CastType.VARCHAR;
            case AdqlLexer.TIMESTAMP -> CastType.TIMESTAMP;
            case AdqlLexer.POINT -> CastType.POINT;
            case AdqlLexer.CIRCLE -> CastType.CIRCLE;
            default -> CastType.POLYGON;
        };
        Integer length = null;
        if (ctx.UNSIGNED_INTEGER() != null) {
            long value = count(ctx.UNSIGNED_INTEGER(), "a length");
            if (value < 1 || value > 10_485_760) {
                throw new AdqlException("a length must be between 1 and 10485760", position(ctx.UNSIGNED_INTEGER()
                        .getSymbol()));
            }
            length = (int) value;
        }
        return new Expression.CastTarget(type, length);
    }

    private static Expression literal(AdqlParser.LiteralContext ctx) {
        Position position = position(ctx);
        String text = ctx.getText();
        if (ctx instanceof AdqlParser.IntegerLiteralContext) {
            return new Expression.NumberLiteral(new BigDecimal(text), true, position);
        }
        if (ctx instanceof AdqlParser.HexLiteralContext) {
            return new Expression.NumberLiteral(new BigDecimal(new BigInteger(text.substring(2), 16)), true, position);
        }
        if (ctx instanceof AdqlParser.RealLiteralContext) {
            return new Expression.NumberLiteral(new BigDecimal(text), false, position);
        }
        if (ctx instanceof AdqlParser.StringLiteralContext) {
            return new Expression.StringLiteral(string(ctx.getStart()), position);
        }
        return new Expression.NullLiteral(position);
    }

    private Expression.ColumnRef columnReference(AdqlParser.ColumnReferenceContext ctx) {
        List<Identifier> parts = new ArrayList<>();
        for (AdqlParser.IdentifierContext part : ctx.identifier()) {
            parts.add(identifier(part));
        }
        Identifier column = parts.get(parts.size() - 1);
        TableName qualifier = switch (parts.size()) {
            case 1 -> null;
            case 2 -> new TableName(null, parts.get(0));
            default -> new TableName(parts.get(0), parts.get(1));
        };
        return new Expression.ColumnRef(qualifier, column);
    }

    // -----------------------------------------------------------------------------------------------
    // Tokens

    private static Identifier identifier(AdqlParser.IdentifierContext ctx) {
        Token token = ctx.getStart();
        String text = token.getText();
        if (ctx.DELIMITED_IDENTIFIER() != null) {
            checkNoNul(token);
            return new Identifier(text.substring(1, text.length() - 1).replace("\"\"", "\""), true, position(token));
        }
        if (ReservedWords.contains(text)) {
            throw new AdqlException("\"" + text + "\" is a reserved word and cannot be a regular identifier; "
                    + "write it in double quotes to use it as a name", position(token));
        }
        return new Identifier(text, false, position(token));
    }

    private static String string(Token literal) {
        checkNoNul(literal);
        String text = literal.getText();
        return text.substring(1, text.length() - 1).replace("''", "'");
    }

    /** PostgreSQL text cannot hold the NUL character, so no name or string may. */
    private static void checkNoNul(Token token) {
        if (token.getText().indexOf('\0') >= 0) {
            throw new AdqlException("the NUL character cannot be part of a string or name", position(token));
        }
    }

    private static long count(TerminalNode digits, String what) {
        try {
            return Long.parseLong(digits.getText());
        } catch (NumberFormatException tooLarge) {
            throw new AdqlException(what + " is too large", position(digits.getSymbol()));
        }
    }

    private static Position position(ParserRuleContext ctx) {
        return position(ctx.getStart());
    }

    private static Position position(Token token) {
        return new Position(token.getLine(), token.getCharPositionInLine() + 1);
    }
}
