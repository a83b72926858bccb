package org.voarchive.ingest.reduce;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.voarchive.ingest.frame.Keywords;

/**
 * The primary header of a master: the first raw's observation and setup keywords (its own PRO and QC
 * keywords dropped), then PRO.CATG, PRO.DATANCOM, PRO.REC1.ID, PRO.REC1.RAWi.NAME and the master's QC.
 */
final class ProductHeader {

    private ProductHeader() {
    }

    static Keywords of(Keywords firstRaw, String productTag, String recipe, List<Path> raws, Map<String, Double> qc) {
        Map<String, Object> values = new LinkedHashMap<>();
        firstRaw.asMap().forEach((key, value) -> {
            if (!key.startsWith("PRO.") && !key.startsWith("QC.")) {
                values.put(key, value);
            }
        });
        values.put("PRO.CATG", productTag);
        values.put("PRO.DATANCOM", (long) raws.size());
        values.put("PRO.REC1.ID", recipe);
        for (int i = 0; i < raws.size(); i++) {
            values.put("PRO.REC1.RAW" + (i + 1) + ".NAME", raws.get(i).getFileName().toString());
        }
        qc.forEach((name, value) -> {
            if (Double.isFinite(value)) {
                values.put(name, value);
            }
        });
        return Keywords.of(values);
    }
}
