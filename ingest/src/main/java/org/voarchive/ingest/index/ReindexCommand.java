package org.voarchive.ingest.index;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.voarchive.db.pool.ConnectionPool;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.IndexBusyException;
import org.voarchive.facets.service.SearchIndex;

/**
 * {@code ./archive reindex}: rebuilds the search index from scratch from every {@code ivoa.obscore} row,
 * in {@code $ARCHIVE_DATA_DIR/facets}. A running server holds the index: the command then says so and
 * exits with status 3, changing nothing (stop the server first; a server repairs drift itself when it
 * starts). A rebuild that fails half way leaves the previous index as it was.
 */
public final class ReindexCommand {

    static final int BUSY = 3;

    private ReindexCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 0) {
            System.err.println("usage: ./archive reindex");
            System.exit(2);
        }
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(System.getenv(), System.out, System.err));
    }

    /** Runs with the launcher's environment variables; returns the exit status. */
    static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        Path dir = SearchIndex.directory(Path.of(env.getOrDefault("ARCHIVE_DATA_DIR",
                System.getProperty("user.home") + "/voarchive-data")));
        try (HikariDataSource ds = ConnectionPool.open("archive-reindex",
                env.getOrDefault("ARCHIVE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/archive"),
                env.getOrDefault("ARCHIVE_DB_USER", "archive"), env.getOrDefault("ARCHIVE_DB_PASSWORD", "archive"), 2)) {
            FacetIndex index = FacetIndex.recreate(dir);
            long start = System.nanoTime();
            long products;
            try {
                products = IndexReconciler.rebuild(ds, index);
            } catch (SQLException | IOException | RuntimeException e) {
                index.discard();
                throw e;
            }
            index.close();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("Indexed %d products into %s in %.1f s (%.0f per second)%n", products, dir, seconds,
                    products / Math.max(seconds, 1e-3));
            return 0;
        } catch (IndexBusyException e) {
            err.println("archive reindex: " + e.getMessage() + ". Stop the server first; a server checks and repairs"
                    + " its index itself when it starts.");
            return BUSY;
        } catch (SQLException e) {
            err.println("archive reindex: cannot read ivoa.obscore: " + e.getMessage() + " (the index was left as it was)");
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("archive reindex: " + e.getMessage() + " (the index was left as it was)");
            return 1;
        }
    }
}
