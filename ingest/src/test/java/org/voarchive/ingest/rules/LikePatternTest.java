package org.voarchive.ingest.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikePatternTest {

    @ParameterizedTest(name = "\"{1}\" like \"{0}\" = {2}")
    @CsvSource(delimiter = ';', value = {
        "%FLAT%;LAMP,FLAT;true",
        "%FLAT%;LAMP,WAVE;false",
        "LAMP,%;LAMP,WAVE;true",
        "LAMP,%;XLAMP,WAVE;false",
        "%WAVE;LAMP,WAVE;true",
        "%WAVE;LAMP,WAVES;false",
        "A%B;AB;true",
        "A%B;AXB;true",
        "A%B;A;false",
        "A%B%C;AXBXC;true",
        "A%B%C;ACB;false",
        "BIAS;BIAS;true",
        "BIAS;BIAS2;false",
        "%;anything;true",
        "%flat%;LAMP,FLAT;false",
    })
    void matchesLikeOca(String pattern, String value, boolean matches) {
        assertEquals(matches, new LikePattern(pattern).matches(value));
    }
}
