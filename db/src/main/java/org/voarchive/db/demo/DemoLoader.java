package org.voarchive.db.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.voarchive.db.Transactions;
import org.voarchive.db.obscore.ObsCoreInserter;

/**
 * Loads the {@link DemoHoldings} into an archive that holds no products yet. Several servers starting
 * at once load them exactly once: the check and the load share a transaction-scoped advisory lock.
 */
public final class DemoLoader {

    /** An arbitrary, fixed key for the advisory lock ("VOAD" in ASCII). */
    private static final long LOCK_KEY = 0x564F4144L;

    private final DataSource dataSource;

    public DemoLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Loads the holdings if {@code ivoa.obscore} is empty, in one transaction.
     *
     * @return how many products were loaded; 0 when the archive already held products
     */
    public int loadIfEmpty(DemoHoldings holdings) throws SQLException {
        return Transactions.run(dataSource, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                try (ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM ivoa.obscore)")) {
                    r.next();
                    if (r.getBoolean(1)) {
                        return 0;
                    }
                }
            }
            return ObsCoreInserter.insert(c, holdings.records().iterator());
        });
    }
}
