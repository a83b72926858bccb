package org.voarchive.server.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.voarchive.server.config.ArchiveConfig;

/** The MOC is computed again exactly when the holdings' fingerprint moves. */
class CoverageServiceTest {

    /** Holdings whose fingerprint is the number of products, each at its own order-0 cell. */
    static final class Holdings implements CoverageSource {
        int products = 1;
        final AtomicInteger computed = new AtomicInteger();

        @Override
        public String fingerprint() {
            return Integer.toString(products);
        }

        @Override
        public HoldingsCoverage compute(int order) {
            computed.incrementAndGet();
            Moc moc = Moc.parseAscii("0/0-" + (products - 1), order);
            return new HoldingsCoverage(moc, moc, null, null, products, null);
        }
    }

    @Test
    void recomputesOnlyWhenTheFingerprintChanges() {
        Holdings holdings = new Holdings();
        CoverageService service = new CoverageService();
        service.source = holdings;
        service.config = new ArchiveConfig();
        HoldingsCoverage first = service.current();
        assertSame(first, service.current());
        assertEquals(1, holdings.computed.get());
        holdings.products = 3;
        HoldingsCoverage second = service.current();
        assertEquals(2, holdings.computed.get());
        assertEquals(3, second.products());
        assertEquals("0/0-2", second.moc().ascii());
        assertSame(second, service.current());
        assertEquals(2, holdings.computed.get());
    }
}
