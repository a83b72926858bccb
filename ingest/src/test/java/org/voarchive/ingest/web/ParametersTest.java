package org.voarchive.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void nightIsAnIsoDateOrAbsent() throws Exception {
        assertEquals(LocalDate.of(2024, 2, 29), Parameters.night(" 2024-02-29 "));
        assertNull(Parameters.night(null));
        assertNull(Parameters.night(""));
        assertTrue(assertThrows(BadParameter.class, () -> Parameters.night("29/02/2024")).getMessage()
                .contains("YYYY-MM-DD"));
        assertTrue(assertThrows(BadParameter.class, () -> Parameters.night("2023-02-29")).getMessage()
                .contains("not a calendar date"));
    }

    @Test
    void limitIsBounded() throws Exception {
        assertEquals(200, Parameters.limit(null, 200, 5000));
        assertEquals(7, Parameters.limit("7", 200, 5000));
        assertThrows(BadParameter.class, () -> Parameters.limit("0", 200, 5000));
        assertThrows(BadParameter.class, () -> Parameters.limit("5001", 200, 5000));
        assertTrue(assertThrows(BadParameter.class, () -> Parameters.limit("ten", 200, 5000)).getMessage()
                .contains("1 to 5000"));
    }

    @Test
    void requiredNamesTheMissingParameter() {
        assertEquals("setup is required", assertThrows(BadParameter.class,
                () -> Parameters.required("setup", " ")).getMessage());
    }
}
