package org.voarchive.tap.adql.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.grammar.AdqlLexer;

/**
 * Ends parsing at the first syntax error with an {@link AdqlException} that names the line, column and
 * offending token, so that ANTLR never recovers into a partial parse and no ANTLR text reaches the
 * user.
 */
final class FirstErrorListener extends BaseErrorListener {

    /** Beyond this many expected tokens, listing them helps less than it clutters. */
    private static final int MOST_EXPECTED_LISTED = 8;

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        int column = charPositionInLine + 1;
        if (!(offendingSymbol instanceof Token token)) {
            throw AdqlException.syntax(line, column, "?", "unreadable input");
        }
        if (token.getType() == Token.EOF) {
            throw AdqlException.syntax(line, column, "end of query", "the query is incomplete"
                    + expected(recognizer));
        }
        String text = token.getText();
        if (token.getType() == AdqlLexer.UNEXPECTED_CHARACTER) {
            String detail = switch (text) {
                case "'" -> "unterminated string literal";
                case "\"" -> "unterminated or empty delimited identifier";
                default -> "this character has no meaning in ADQL";
            };
            throw AdqlException.syntax(line, column, text, detail);
        }
        throw AdqlException.syntax(line, column, text, "unexpected " + describe(token) + expected(recognizer));
    }

    private static String describe(Token token) {
        return switch (token.getType()) {
            case AdqlLexer.REGULAR_IDENTIFIER, AdqlLexer.DELIMITED_IDENTIFIER -> "identifier";
            case AdqlLexer.STRING -> "string";
            case AdqlLexer.UNSIGNED_INTEGER, AdqlLexer.HEX_INTEGER, AdqlLexer.DECIMAL, AdqlLexer.APPROXIMATE -> "number";
            default -> "token";
        };
    }

    /** A list of what the parser could have taken instead, when it is short, after a semicolon. */
    private static String expected(Recognizer<?, ?> recognizer) {
        if (!(recognizer instanceof Parser parser)) {
            return "";
        }
        IntervalSet expected = parser.getExpectedTokens();
        if (expected.size() == 0 || expected.size() > MOST_EXPECTED_LISTED) {
            return "";
        }
        Vocabulary vocabulary = parser.getVocabulary();
        List<String> names = new ArrayList<>();
        for (int type : expected.toList()) {
            names.add(displayName(vocabulary, type));
        }
        return "; expected " + (names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names));
    }

    private static String displayName(Vocabulary vocabulary, int type) {
        if (type == Token.EOF) {
            return "end of query";
        }
        return switch (type) {
            case AdqlLexer.REGULAR_IDENTIFIER, AdqlLexer.DELIMITED_IDENTIFIER -> "an identifier";
            case AdqlLexer.UNSIGNED_INTEGER -> "an integer";
            case AdqlLexer.STRING -> "a string";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal.replace('\'', '"') : vocabulary.getDisplayName(type);
            }
        };
    }
}
