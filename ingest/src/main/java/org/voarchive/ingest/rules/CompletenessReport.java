package org.voarchive.ingest.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What ESO's calChecker tells the night astronomer: for the science frames of a night, grouped by night,
 * tag and setup, whether the calibrations their reduction needs exist in the archive. Only the frames'
 * direct needs are checked, since a master in the archive was made from calibrations that existed.
 */
public final class CompletenessReport {

    private final List<CompletenessRow> rows;

    private CompletenessReport(List<CompletenessRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Checks science frames of one instrument against a catalog.
     *
     * @throws IllegalArgumentException when a frame's tag is unknown to the instrument's rules
     */
    public static CompletenessReport build(InstrumentRules rules, List<ScienceFrame> frames,
            CalibrationCatalog catalog) {
        Associator associator = new Associator(new RuleBook(List.of(rules)));
        Map<String, List<ScienceFrame>> bySetup = new TreeMap<>();
        Map<String, Map<String, String>> setups = new LinkedHashMap<>();
        for (ScienceFrame frame : frames) {
            Map<String, String> setup = setup(rules, frame);
            String key = ObservingNight.of(frame.mjd()) + "|" + frame.tag() + "|" + setup;
            bySetup.computeIfAbsent(key, k -> new ArrayList<>()).add(frame);
            setups.put(key, setup);
        }
        List<CompletenessRow> rows = new ArrayList<>();
        bySetup.forEach((key, group) -> rows.add(row(rules, associator, catalog, setups.get(key), group)));
        return new CompletenessReport(rows);
    }

    private static Map<String, String> setup(InstrumentRules rules, ScienceFrame frame) {
        Set<String> keys = new LinkedHashSet<>();
        rules.needs(frame.tag()).forEach(need -> need.match().forEach(m -> keys.add(m.key())));
        Map<String, String> setup = new LinkedHashMap<>();
        for (String key : keys) {
            setup.put(key, frame.keywords().text(key).orElse("absent"));
        }
        return setup;
    }

    private static CompletenessRow row(InstrumentRules rules, Associator associator, CalibrationCatalog catalog,
            Map<String, String> setup, List<ScienceFrame> frames) {
        List<ScienceFrame> sorted = frames.stream().sorted(Comparator.comparing(ScienceFrame::id)).toList();
        ScienceFrame first = sorted.get(0);
        Set<String> satisfied = new LinkedHashSet<>();
        Set<String> optionalAbsent = new LinkedHashSet<>();
        Map<String, String> missing = new LinkedHashMap<>();
        rules.needs(first.tag()).forEach(need -> satisfied.add(need.tag()));
        for (ScienceFrame frame : sorted) {
            Association association =
                    associator.associate(rules.instrument(), frame.tag(), frame.keywords(), frame.mjd(), catalog);
            for (NeedResult result : association.needs()) {
                String need = result.need().tag();
                if (result.status() == NeedStatus.MISSING) {
                    satisfied.remove(need);
                    missing.putIfAbsent(need, frame.id() + ": " + result.reason());
                } else if (result.status() == NeedStatus.OPTIONAL_ABSENT) {
                    satisfied.remove(need);
                    optionalAbsent.add(need);
                }
            }
        }
        LocalDate night = ObservingNight.of(first.mjd());
        return new CompletenessRow(night, rules.instrument(), first.tag(), setup,
                sorted.stream().map(ScienceFrame::id).toList(), List.copyOf(satisfied), List.copyOf(optionalAbsent),
                missing, missing.isEmpty() ? CompletenessRow.Status.COMPLETE : CompletenessRow.Status.INCOMPLETE);
    }

    /** The rows, ordered by night, tag and setup. */
    public List<CompletenessRow> rows() {
        return rows;
    }

    /** True when every row is COMPLETE (and so when there are no science frames). */
    public boolean complete() {
        return rows.stream().allMatch(r -> r.status() == CompletenessRow.Status.COMPLETE);
    }

    /** The report as a plain-text table, one block per row. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-10s  %-10s  %-14s  %6s  %-10s  %s%n",
                "NIGHT", "INSTRUMENT", "TAG", "FRAMES", "STATUS", "SETUP"));
        for (CompletenessRow row : rows) {
            text.append(String.format("%-10s  %-10s  %-14s  %6d  %-10s  %s%n", row.night(), row.instrument(),
                    row.tag(), row.frames().size(), row.status(), row.setupText()));
            text.append("    satisfied: ").append(listOrNone(row.satisfied())).append(System.lineSeparator());
            if (!row.optionalAbsent().isEmpty()) {
                text.append("    optional, absent: ").append(String.join(", ", row.optionalAbsent()))
                        .append(System.lineSeparator());
            }
            row.missing().forEach((need, reason) -> text.append("    MISSING ").append(need).append(": ")
                    .append(reason).append(System.lineSeparator()));
        }
        return text.toString();
    }

    /** The report as maps and lists ready for a JSON writer: {@code complete} and {@code rows}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("complete", complete());
        map.put("rows", rows.stream().map(CompletenessRow::toMap).toList());
        return map;
    }

    private static String listOrNone(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
