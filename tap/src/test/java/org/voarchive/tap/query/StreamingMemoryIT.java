package org.voarchive.tap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.query.JdbcResultCursor;
import org.voarchive.db.query.QueryLimits;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.access.Caller;
import org.voarchive.server.dali.ResultFormat;
import org.voarchive.server.tables.ColumnDescription;

/**
 * Ten million rows from the database to a writer in a JVM whose heap is capped (failsafe runs this module
 * with -Xmx256m): if any stage held the result, the test would run out of memory. The heap after
 * collection is also sampled while rows flow, and must stay near where it started.
 */
class StreamingMemoryIT {

    static final long ROWS = 10_000_000;
    private static TestDatabase db;

    @BeforeAll
    static void database() throws Exception {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @Test
    void tenMillionRowsStreamInFlatMemory() throws Exception {
        for (ResultFormat format : List.of(ResultFormat.VOTABLE_BINARY2, ResultFormat.CSV)) {
            stream(format);
        }
    }

    private static void stream(ResultFormat format) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        CountingSink sink = new CountingSink(memory, peak);
        List<ColumnDescription> columns = List.of(ColumnDescription.of("id", "long", null, null),
                ColumnDescription.of("ra", "double", null, null), ColumnDescription.of("name", "char", "*", null),
                ColumnDescription.of("pos", "double", "2", "point"));
        long start = System.nanoTime();
        try (JdbcResultCursor cursor = JdbcResultCursor.open(db.dataSource(),
                "SELECT g::bigint, g * 0.000036, 'source ' || g, ARRAY[g * 0.000036, -30.0] "
                        + "FROM generate_series(1, " + ROWS + ") AS g",
                columns, new QueryLimits(ROWS, Duration.ofMinutes(10), TestDatabase.READER_ROLE, Caller.ANONYMOUS))) {
            format.writer().write(cursor, sink);
            assertEquals(ROWS, cursor.rowCount());
            assertFalse(cursor.overflowed());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long growth = peak.get() - before;
        System.out.printf("%s: %,d rows, %,d bytes in %.1f s (%,.0f rows/s); heap after GC grew at most %,d bytes%n",
                format, ROWS, sink.bytes, seconds, ROWS / seconds, growth);
        assertTrue(sink.bytes > ROWS * 20, "every row was written: " + sink.bytes + " bytes");
        assertTrue(growth < 64L * 1024 * 1024, "heap grew by " + growth + " bytes while streaming " + format);
    }

    /** Discards what it is given, counting it, and now and then samples the live heap after a collection. */
    private static final class CountingSink extends OutputStream {
        private final MemoryMXBean memory;
        private final AtomicLong peak;
        long bytes;
        private long nextSample = 50_000_000;

        CountingSink(MemoryMXBean memory, AtomicLong peak) {
            this.memory = memory;
            this.peak = peak;
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count(len);
        }

        private void count(long n) {
            bytes += n;
            if (bytes >= nextSample) {
                nextSample += 50_000_000;
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
        }
    }
}
