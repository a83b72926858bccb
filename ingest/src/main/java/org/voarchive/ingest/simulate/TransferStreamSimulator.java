package org.voarchive.ingest.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Writes the raw frames an ESO transfer stream would deliver for the nights of a {@link SimulationPlan}:
 * UVES and HAWK-I science with complete calibration sets, plus, on the first night, a handful of
 * deliberately bad files and one UVES setting (RED_760) whose lamp flats are missing.
 *
 * <p>Files are named by their ARCFILE and written in time order; the same plan always gives
 * byte-identical files. Not thread safe (nom-tam-fits' HIERARCH switch is global and turned on here).
 */
public final class TransferStreamSimulator {

    /** INSTRUME of the deliberately unknown instrument. */
    public static final String UNKNOWN_INSTRUMENT = "FORS3";

    private final SimulationPlan plan;

    public TransferStreamSimulator(SimulationPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /**
     * Writes every frame into {@code outDir} (created when missing) and {@code manifest.tsv} beside them.
     *
     * @return the manifest of the files written, in writing order
     * @throws IOException when a file cannot be written; files written before stay
     */
    public Manifest write(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        FrameWriter writer = new FrameWriter();
        List<ManifestEntry> written = new ArrayList<>();
        for (int night = 0; night < plan.nights(); night++) {
            List<SimulatedFrame> frames = new ArrayList<>();
            UvesNight uves = new UvesNight(plan, night);
            frames.addAll(uves.frames());
            frames.addAll(new HawkiNight(plan, night).frames());
            if (night == 0) {
                frames.add(uves.unknownInstrument(UNKNOWN_INSTRUMENT));
            }
            frames.sort(Comparator.comparing(TransferStreamSimulator::observingTime));
            for (SimulatedFrame frame : frames) {
                writer.write(frame, outDir);
                written.add(frame.entry());
            }
        }
        Manifest manifest = new Manifest(written);
        manifest.writeTsv(outDir);
        return manifest;
    }

    /** The DATE-OBS part of the ARCFILE, which sorts in time order whatever the instrument. */
    private static String observingTime(SimulatedFrame frame) {
        String arcfile = frame.entry().arcfile();
        return arcfile.substring(arcfile.indexOf('.') + 1);
    }
}
