package org.voarchive.tap.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.AdqlTranslator;
import org.voarchive.tap.adql.TranslatedQuery;

/** ADQL 2.1 against a catalog of tables; parse and validation errors become DALI errors. */
@ApplicationScoped
public class AdqlTapTranslator implements TapTranslator {

    @Override
    public Translation translate(String query, long maxrec, TableCatalog catalog) {
        try {
            TranslatedQuery t = new AdqlTranslator(catalog).translate(query, maxrec);
            return new Translation(t.sql(), t.columns());
        } catch (AdqlException e) {
            throw new DaliException(e.getMessage(), e);
        }
    }
}
