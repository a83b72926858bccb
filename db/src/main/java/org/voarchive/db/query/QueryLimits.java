package org.voarchive.db.query;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one user query may go.
 *
 * @param maxRows the most rows returned (MAXREC); a further row present in the result marks overflow
 * @param timeout how long the database may work on it before it is cancelled
 * @param readerRole the read-only role it runs as
 */
public record QueryLimits(long maxRows, Duration timeout, String readerRole) {

    public QueryLimits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(readerRole, "readerRole");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }
}
