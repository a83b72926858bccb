package org.voarchive.tap.adql.parse;

import java.util.Objects;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Query;
import org.voarchive.tap.adql.grammar.AdqlLexer;
import org.voarchive.tap.adql.grammar.AdqlParser;

/** Parses ADQL text into its syntax tree. Thread safe: each call has its own lexer and parser. */
public final class AdqlSyntax {

    private AdqlSyntax() {
    }

    /**
     * Parses one whole query.
     *
     * @param adql the query text; not null
     * @return the tree
     * @throws AdqlException at the first syntax error, or for a reserved word used as an identifier
     */
    public static Query parse(String adql) {
        Objects.requireNonNull(adql, "adql");
        FirstErrorListener errors = new FirstErrorListener();
        AdqlLexer lexer = new AdqlLexer(CharStreams.fromString(adql));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        AdqlParser parser = new AdqlParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        return new TreeBuilder().query(parser.query().queryExpression());
    }
}
