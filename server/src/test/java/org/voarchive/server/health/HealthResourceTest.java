package org.voarchive.server.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.vosi.Availability;
import org.voarchive.server.vosi.ProbeResult;

class HealthResourceTest {

    @Test
    void downWhenAnyProbeFailsWithItsReasonFirst() throws Exception {
        var now = Availability.of(Instant.parse("2026-01-02T03:04:05Z"),
                List.of(ProbeResult.ok("fine"), ProbeResult.failed("database down")));
        var json = HealthResource.toJson(now);
        assertEquals("DOWN", json.getString("status"));
        var check = json.getJsonArray("checks").getJsonObject(0);
        assertEquals("database down", check.getJsonObject("data").getJsonArray("notes").getString(0));
        assertEquals("2026-01-02T03:04:05Z", check.getJsonObject("data").getString("upSince"));
    }
}
