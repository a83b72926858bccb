package org.voarchive.db.query;

import java.time.Duration;
import java.util.Objects;
import org.voarchive.server.access.Caller;

/**
 * How far one user query may go.
 *
 * @param maxRows the most rows returned (MAXREC); a further row present in the result marks overflow
 * @param timeout how long the database may work on it before it is cancelled
 * @param readerRole the read-only role it runs as
 * @param caller whose entitlements bound the proprietary rows it may see
 */
public record QueryLimits(long maxRows, Duration timeout, String readerRole, Caller caller) {

    public QueryLimits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(readerRole, "readerRole");
        Objects.requireNonNull(caller, "caller");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }
}
