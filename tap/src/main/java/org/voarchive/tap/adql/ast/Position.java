package org.voarchive.tap.adql.ast;

/**
 * Where a node starts in the ADQL text.
 *
 * @param line 1-based line
 * @param column 1-based column, counting characters
 */
public record Position(int line, int column) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
