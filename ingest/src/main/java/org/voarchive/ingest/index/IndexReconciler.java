package org.voarchive.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;

/**
 * Brings an index in line with the database: every product whose fingerprint the index lacks or holds
 * differently is put again, every indexed document without its product is removed, then the index is
 * committed. Only what drifted is written, so a true index costs one read of the table.
 */
public final class IndexReconciler {

    private IndexReconciler() {
    }

    public static Drift reconcile(DataSource dataSource, FacetIndex index) throws SQLException, IOException {
        Map<String, String> indexed = index.fingerprints();
        long[] missing = {0};
        long[] changed = {0};
        long products;
        try (var c = dataSource.getConnection()) {
            products = PublishedProducts.forEach(c, p -> {
                String print = indexed.remove(p.id());
                if (print == null || !print.equals(p.fingerprint())) {
                    (print == null ? missing : changed)[0]++;
                    put(index, p);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (String stale : indexed.keySet()) {
            index.delete(stale);
        }
        index.commit();
        return new Drift(products, missing[0], changed[0], indexed.size());
    }

    /** Rebuilds an emptied index from every product. */
    public static long rebuild(DataSource dataSource, FacetIndex index) throws SQLException, IOException {
        long products;
        try (var c = dataSource.getConnection()) {
            products = PublishedProducts.forEach(c, p -> put(index, p));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        index.commit();
        return products;
    }

    private static void put(FacetIndex index, ProductDocument p) {
        try {
            index.put(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
