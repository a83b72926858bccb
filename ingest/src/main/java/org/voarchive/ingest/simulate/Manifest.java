package org.voarchive.ingest.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every file a simulation wrote, in writing order, with what it was meant to be.
 *
 * <p>{@code manifest.tsv} is tab-separated UTF-8 with one header line and these columns:
 * {@code file, arcfile, instrument, night, dpr_catg, dpr_type, dpr_tech, setup, tpl_start, bad, defect,
 * detail, expected_status}. {@code night} is the evening date (ISO); {@code bad} is {@code true} or
 * {@code false}; {@code defect} is a {@link Defect} name; {@code detail} is the keyword or missing
 * calibration the defect concerns, or empty; {@code expected_status} is a
 * {@link Defect.ExpectedStatus} name (OK, REJECTED, INCOMPLETE).
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.tsv";
    public static final List<String> COLUMNS = List.of("file", "arcfile", "instrument", "night", "dpr_catg",
            "dpr_type", "dpr_tech", "setup", "tpl_start", "bad", "defect", "detail", "expected_status");

    private final List<ManifestEntry> entries;

    public Manifest(List<ManifestEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<ManifestEntry> entries() {
        return entries;
    }

    /** Writes {@code manifest.tsv} into {@code dir}, replacing any earlier one, and returns its path. */
    public Path writeTsv(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", COLUMNS));
        for (ManifestEntry e : entries) {
            lines.add(String.join("\t", e.fileName(), e.arcfile(), e.instrument(), e.night().toString(),
                    e.dprCatg(), e.dprType(), e.dprTech(), e.setup(), e.tplStart(), Boolean.toString(e.bad()),
                    e.defect().name(), e.detail(), e.expectedStatus().name()));
        }
        Path file = dir.resolve(FILE_NAME);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Reads a {@code manifest.tsv} written by {@link #writeTsv}.
     *
     * @throws IOException when the file cannot be read or is not a manifest (wrong header or column count)
     */
    public static Manifest read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(String.join("\t", COLUMNS))) {
            throw new IOException(file + " is not a simulator manifest: its header is not " + COLUMNS);
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != COLUMNS.size()) {
                throw new IOException(file + " line " + (i + 1) + " has " + f.length + " columns, not "
                        + COLUMNS.size());
            }
            try {
                entries.add(new ManifestEntry(f[0], f[1], f[2], f[4], f[5], f[6], f[7], f[8],
                        LocalDate.parse(f[3]), Defect.valueOf(f[10]), f[11]));
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Manifest(entries);
    }
}
