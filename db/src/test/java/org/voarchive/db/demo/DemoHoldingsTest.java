package org.voarchive.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.obscore.ObsCoreRecord;

class DemoHoldingsTest {

    private static List<ObsCoreRecord> records;

    @BeforeAll
    static void generate() {
        records = new DemoHoldings("archive.test", URI.create("http://localhost:8080/")).records();
    }

    @Test
    void sameRowsEveryTime() {
        List<ObsCoreRecord> again = new DemoHoldings("archive.test", URI.create("http://localhost:8080/")).records();
        assertEquals(records.size(), again.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i), again.get(i), "product " + i);
        }
    }

    @Test
    void enoughUniqueProducts() {
        assertTrue(records.size() >= 5000, "at least 5000 products, got " + records.size());
        assertEquals(records.size(), new HashSet<>(records.stream().map(ObsCoreRecord::obsPublisherDid).toList()).size());
        assertTrue(records.stream().allMatch(r -> r.obsPublisherDid().equals("ivo://archive.test/ID?" + r.dpId())));
        assertTrue(records.stream().allMatch(r -> r.accessUrl().equals("http://localhost:8080/files/" + r.dpId() + ".fits")));
    }

    @Test
    void severalInstrumentsAndEveryProductType() {
        Map<String, Long> byInstrument = records.stream()
                .collect(Collectors.groupingBy(ObsCoreRecord::instrumentName, Collectors.counting()));
        assertEquals(8, byInstrument.size(), byInstrument.toString());
        byInstrument.forEach((name, n) -> assertTrue(n > 300, name + " has only " + n));
        Map<String, Long> byType = records.stream()
                .collect(Collectors.groupingBy(ObsCoreRecord::dataproductType, Collectors.counting()));
        assertEquals(java.util.Set.of("spectrum", "image", "cube"), byType.keySet());
    }

    @Test
    void someAreStillProprietaryAndMostAreNot() {
        Instant now = Instant.parse("2026-11-21T00:00:00Z");
        long proprietary = records.stream().filter(r -> r.obsReleaseDate().isAfter(now)).count();
        assertTrue(proprietary > records.size() / 20 && proprietary < records.size() / 3,
                "proprietary products: " + proprietary);
        long longAfter = records.stream().filter(r -> r.obsReleaseDate().isAfter(Instant.parse("2029-01-01T00:00:00Z")))
                .count();
        assertTrue(longAfter > 0, "some programmes stay proprietary for years");
    }

    @Test
    void physicallyConsistent() {
        for (ObsCoreRecord r : records) {
            String id = r.obsPublisherDid();
            assertTrue(r.emMin() > 2e-7 && r.emMin() < r.emMax() && r.emMax() < 3e-6, id);
            assertTrue(r.tMin() >= DemoHoldings.FIRST_NIGHT - 1 && r.tMin() < r.tMax(), id);
            assertTrue(r.tExptime() > 0 && r.tExptime() <= (r.tMax() - r.tMin()) * 86400, id);
            assertTrue(r.sRa() >= 0 && r.sRa() < 360 && r.sDec() >= -90 && r.sDec() <= 31, id);
            assertTrue(r.emResPower() > 1, id);
            assertTrue(!r.obsReleaseDate().isBefore(DemoHoldings.instant(r.tMin())), id);
            assertTrue(!r.obsCreationDate().isBefore(DemoHoldings.instant(r.tMax()))
                    || r.obsCreationDate().isAfter(DemoHoldings.instant(DemoHoldings.LAST_NIGHT)), id);
            if (r.dataproductType().equals("spectrum")) {
                assertNotNull(r.snr(), id);
                assertNull(r.abmaglim(), id);
                assertTrue(r.emResPower() >= 3000, id);
            } else {
                assertNull(r.snr(), id);
                assertNotNull(r.abmaglim(), id);
                assertNotNull(r.psfFwhm(), id);
                assertNotNull(r.sXel1(), id);
            }
        }
    }

    @Test
    void esoPeriods() {
        assertEquals(99, DemoHoldings.period(57844));   // 2017-04-01
        assertEquals(100, DemoHoldings.period(58027));  // 2017-10-01
        assertEquals(100, DemoHoldings.period(58119));  // 2018-01-01
        assertEquals(110, DemoHoldings.period(59853));  // 2022-10-01
    }
}
