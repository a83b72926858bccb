package org.voarchive.ingest.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.frame.Keywords;

class SimulatorTest {

    static final SimulationPlan PLAN = new SimulationPlan(42, 1, SimulationPlan.DEFAULT_START, FrameScale.SMALL);

    private static final List<String> NUMERIC = List.of("RA", "DEC", "EQUINOX", "EXPTIME", "MJD-OBS", "UTC", "LST",
            "OBS.ID", "TPL.NEXP", "TPL.EXPNO");
    private static final List<String> TEXT = List.of("ORIGIN", "DATE", "TELESCOP", "INSTRUME", "OBJECT", "RADECSYS",
            "DATE-OBS", "PI-COI", "ARCFILE", "ORIGFILE", "OBS.NAME", "OBS.START", "OBS.PROG.ID", "TPL.ID",
            "TPL.START", "DPR.CATG", "DPR.TYPE", "DPR.TECH");

    @TempDir
    static Path dir;
    static Manifest manifest;

    @BeforeAll
    static void simulate() throws IOException {
        manifest = new TransferStreamSimulator(PLAN).write(dir);
    }

    static List<ManifestEntry> good() {
        return manifest.entries().stream().filter(e -> !e.bad()).toList();
    }

    @Test
    void everyGoodFileHasTheMandatoryKeywordsWithTheirTypes() throws Exception {
        for (ManifestEntry entry : good()) {
            Keywords k = RawFrame.read(dir.resolve(entry.fileName())).primary();
            for (String key : NUMERIC) {
                assertTrue(k.number(key).isPresent(), entry.fileName() + " lacks numeric " + key);
            }
            for (String key : TEXT) {
                assertInstanceOf(String.class, k.value(key).orElse(null), entry.fileName() + " " + key);
            }
            assertEquals(entry.fileName(), k.text("ARCFILE").orElseThrow());
            assertEquals(entry.dprCatg(), k.text("DPR.CATG").orElseThrow());
            assertEquals(entry.dprType(), k.text("DPR.TYPE").orElseThrow());
            assertEquals(entry.tplStart(), k.text("TPL.START").orElseThrow());
            String dateObs = k.text("DATE-OBS").orElseThrow();
            Instant t = LocalDateTime.parse(dateObs).toInstant(ZoneOffset.UTC);
            double mjd = 40587 + t.toEpochMilli() / 86_400_000.0;
            assertEquals(mjd, k.number("MJD-OBS").orElseThrow(), 1e-7, entry.fileName());
            assertEquals(k.text("INSTRUME").orElseThrow() + "." + dateObs + ".fits", entry.arcfile());
        }
    }

    @Test
    void imageSizesAgreeWithTheDetectorWindowAndTheMosaic() throws Exception {
        FrameScale scale = PLAN.scale();
        for (ManifestEntry entry : good()) {
            RawFrame frame = RawFrame.read(dir.resolve(entry.fileName()));
            Keywords k = frame.primary();
            assertEquals(32768.0, ((Number) frame.headers().get(frame.headers().size() - 1)
                    .value("BZERO").orElseThrow()).doubleValue());
            if (entry.instrument().equals("UVES")) {
                long chips = k.number("DET.CHIPS").orElseThrow().longValue();
                assertEquals(chips, frame.images().size(), entry.fileName());
                long nx = k.number("DET.WIN1.NX").orElseThrow().longValue();
                long ny = k.number("DET.WIN1.NY").orElseThrow().longValue();
                assertEquals(scale.uvesWidth(), nx);
                for (int[][] image : frame.images()) {
                    assertEquals(ny, image.length);
                    assertEquals(nx + k.number("DET.OUT1.PRSCX").orElseThrow() + k.number("DET.OUT1.OVSCX").orElseThrow(),
                            image[0].length, 0);
                }
                if (chips == 2) {
                    assertEquals("REDL", frame.headers().get(1).text("EXTNAME").orElseThrow());
                    assertEquals("REDU", frame.headers().get(2).text("EXTNAME").orElseThrow());
                }
            } else {
                assertEquals(5, frame.headers().size());
                assertEquals(4, frame.images().size());
                for (int chip = 1; chip <= 4; chip++) {
                    Keywords ext = frame.headers().get(chip);
                    assertEquals("CHIP" + chip + ".INT1", ext.text("EXTNAME").orElseThrow());
                    assertEquals(chip, ext.number("DET.CHIP.NO").orElseThrow());
                    assertEquals(scale.hawkiChip(), frame.images().get(chip - 1).length);
                    assertEquals(k.number("DET.DIT").orElseThrow() * k.number("DET.NDIT").orElseThrow(),
                            k.number("EXPTIME").orElseThrow(), 1e-9);
                }
            }
        }
    }

    @Test
    void theManifestListsExactlyTheFilesWritten() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(Manifest.FILE_NAME)).collect(Collectors.toSet());
        }
        Set<String> listed = manifest.entries().stream().map(ManifestEntry::fileName).collect(Collectors.toSet());
        assertEquals(onDisk, listed);
        assertEquals(manifest.entries().size(), listed.size(), "file names are unique");
        assertEquals(manifest.entries(), Manifest.read(dir.resolve(Manifest.FILE_NAME)).entries());
    }

    @Test
    void theBadFilesAreBrokenAsTheManifestSays() throws Exception {
        Set<Defect> defects = manifest.entries().stream().filter(ManifestEntry::bad).map(ManifestEntry::defect)
                .collect(Collectors.toSet());
        assertEquals(Set.of(Defect.TRUNCATED, Defect.MISSING_KEYWORD, Defect.WRONG_TYPE, Defect.UNKNOWN_INSTRUMENT),
                defects);
        for (ManifestEntry entry : manifest.entries()) {
            Path file = dir.resolve(entry.fileName());
            switch (entry.defect()) {
                case TRUNCATED -> assertThrows(Exception.class, () -> {
                    try (Fits fits = new Fits(file.toFile())) {
                        for (BasicHDU<?> hdu : fits.read()) {
                            hdu.getData().getData();
                        }
                    }
                });
                case MISSING_KEYWORD -> assertFalse(RawFrame.read(file).primary().has(entry.detail()), entry.detail());
                case WRONG_TYPE -> assertInstanceOf(String.class,
                        RawFrame.read(file).primary().value(entry.detail()).orElseThrow());
                case UNKNOWN_INSTRUMENT -> assertEquals(TransferStreamSimulator.UNKNOWN_INSTRUMENT,
                        RawFrame.read(file).primary().text("INSTRUME").orElseThrow());
                default -> {
                }
            }
        }
    }

    @Test
    void theSetupWithoutFlatsHasNoFlatsAndItsScienceIsExpectedIncomplete() {
        List<ManifestEntry> red760 = manifest.entries().stream().filter(e -> e.setup().equals("RED_760")).toList();
        assertFalse(red760.isEmpty());
        assertTrue(red760.stream().noneMatch(e -> e.dprType().equals("LAMP,FLAT")));
        assertTrue(red760.stream().anyMatch(e -> e.dprType().equals("LAMP,ORDERDEF")));
        List<ManifestEntry> science = red760.stream().filter(e -> e.dprCatg().equals("SCIENCE")).toList();
        assertFalse(science.isEmpty());
        assertTrue(science.stream().allMatch(e -> e.expectedStatus() == Defect.ExpectedStatus.INCOMPLETE));
        for (String setup : List.of("BLUE_390", "RED_580", "RED_660")) {
            assertEquals(5, manifest.entries().stream()
                    .filter(e -> e.setup().equals(setup) && e.dprType().equals("LAMP,FLAT")).count(), setup);
        }
    }

    @Test
    void calibrationSetsAreComplete() {
        assertEquals(10, count("UVES", "BIAS"));
        assertEquals(12, count("HAWKI", "DARK"), "three darks for each of four DIT/NDIT combinations");
        assertEquals(20, count("HAWKI", "FLAT"));
        assertEquals(8, count("HAWKI", "STD"));
        long hawkiScience = count("HAWKI", "OBJECT");
        assertTrue(hawkiScience >= 16 && hawkiScience <= 24, "jitter sequences of 4-6: " + hawkiScience);
    }

    private static long count(String instrument, String dprType) {
        return good().stream().filter(e -> e.instrument().equals(instrument) && e.dprType().equals(dprType)).count();
    }

    @Test
    void scienceIsTakenAtNightAndLampCalibrationsTheMorningAfter() {
        for (ManifestEntry e : good()) {
            LocalDateTime t = LocalDateTime.parse(e.arcfile().substring(e.arcfile().indexOf('.') + 1,
                    e.arcfile().length() - ".fits".length()));
            long hoursAfterEveningMidnight = java.time.Duration.between(e.night().atStartOfDay(), t).toHours();
            if (e.dprCatg().equals("SCIENCE")) {
                assertTrue(hoursAfterEveningMidnight >= 23 && hoursAfterEveningMidnight < 34, e.arcfile());
            }
            if (e.dprType().startsWith("LAMP")) {
                assertTrue(hoursAfterEveningMidnight >= 34, e.arcfile());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path again, @TempDir Path other) throws IOException {
        new TransferStreamSimulator(PLAN).write(again);
        for (ManifestEntry entry : manifest.entries()) {
            assertEquals(-1, Files.mismatch(dir.resolve(entry.fileName()), again.resolve(entry.fileName())),
                    entry.fileName());
        }
        Manifest different = new TransferStreamSimulator(new SimulationPlan(43, 1, PLAN.startNight(), PLAN.scale()))
                .write(other);
        assertNotEquals(manifest.entries().stream().map(ManifestEntry::fileName).toList(),
                different.entries().stream().map(ManifestEntry::fileName).toList());
    }
}
