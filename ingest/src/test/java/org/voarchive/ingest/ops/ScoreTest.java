package org.voarchive.ingest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void worstOrdersOutOverWarningOverOkOverNa() {
        assertEquals(Score.OUT, Score.worst(List.of(Score.OK, Score.OUT, Score.WARNING, Score.NA)));
        assertEquals(Score.WARNING, Score.worst(List.of(Score.NA, Score.WARNING, Score.OK)));
        assertEquals(Score.OK, Score.worst(List.of(Score.NA, Score.OK)));
        assertEquals(Score.NA, Score.worst(List.of(Score.NA)));
        assertEquals(Score.NA, Score.worst(List.of()));
    }

    @Test
    void unknownStoredScoreIsRefusedWithItsValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Score.of("BAD"));
        assertTrue(e.getMessage().contains("BAD"));
    }
}
