package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.voarchive.ingest.catalog.AssociationRepository;
import org.voarchive.ingest.catalog.FileRepository;
import org.voarchive.ingest.catalog.ProvenanceRepository;
import org.voarchive.ingest.catalog.RawFrame;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.phase3.FluxCalibration;
import org.voarchive.ingest.phase3.Phase3Writer;
import org.voarchive.ingest.phase3.ProductCategory;
import org.voarchive.ingest.phase3.ProductMetadata;
import org.voarchive.ingest.reduce.Reducer;
import org.voarchive.ingest.reduce.ReductionException;
import org.voarchive.ingest.reduce.ScienceRequest;
import org.voarchive.ingest.reduce.ScienceResult;
import org.voarchive.ingest.store.ArchiveStore;

/**
 * Reduces a science frame with the calibrations association chose, and writes the result as a Phase 3
 * product file into the store. The activity (recipe, times, every file used) is recorded here; the
 * product becomes an archive entity, and visible, only when publish has checked it.
 */
public final class ReduceStage implements Stage {

    private static final String PROCSOFT = "voarchive/0.1";

    private final Reducer reducer;
    private final ArchiveStore store;
    private final Phase3Writer writer = new Phase3Writer();

    public ReduceStage(Reducer reducer, ArchiveStore store) {
        this.reducer = reducer;
        this.store = store;
    }

    @Override
    public String name() {
        return "reduce";
    }

    static String productPath(RawFrame raw) {
        return "products/" + raw.instrument() + "/" + ArchiveNames.product(raw.dateObs());
    }

    @Override
    public Outcome run(FrameContext frame, Connection c) throws Rejection, SQLException, IOException {
        RawFrame raw = frame.raw(c);
        Map<String, Path> calibrations = new HashMap<>();
        Map<String, String> used = new LinkedHashMap<>();
        used.put(raw.arcfile(), raw.tag());
        for (AssociationRepository.Link link : AssociationRepository.of(c, raw.arcfile())) {
            if (link.calib() != null) {
                calibrations.put(link.need(), store.resolve(FileRepository.byArcfile(c, link.calib()).orElseThrow().storePath()));
                used.put(link.calib(), link.need());
            }
        }
        Path work = Files.createTempDirectory(store.root().resolve(".tmp"), "reduce-");
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC);
        try {
            ScienceResult result = reducer.science(new ScienceRequest(raw.instrument(), raw.tag(), frame.file(), calibrations, work));
            String name = ArchiveNames.product(raw.dateObs());
            Path temp = store.temporaryFile(".fits");
            ProductMetadata metadata = metadata(raw, frame.primary(), result, name);
            if (result.isSpectrum()) {
                writer.writeSpectrum(metadata, result.spectrum(), temp);
            } else {
                writer.writeImage(metadata, result.image(), temp);
            }
            store.commit(temp, productPath(raw));
            ProvenanceRepository.recordActivity(c, ArchiveNames.activity(name), result.recipe(), start,
                    LocalDateTime.now(ZoneOffset.UTC), "reducer " + reducer.name(), used);
            return Outcome.CONTINUE;
        } catch (ReductionException e) {
            throw new Rejection("REDUCTION_FAILED", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Rejection("PRODUCT_INCOMPLETE", e.getMessage());
        } finally {
            deleteTree(work);
        }
    }

    private static ProductMetadata metadata(RawFrame raw, Keywords k, ScienceResult result, String name) {
        double exptime = raw.exptime() == null ? 0 : raw.exptime();
        ProductMetadata.Builder b = ProductMetadata.builder(result.isSpectrum() ? ProductCategory.SPECTRUM : ProductCategory.IMAGE)
                .arcfile(name).origfile(name).p3orig("IDP")
                .telescop(text(k, "TELESCOP")).instrume(raw.instrument()).object(raw.object())
                .position(raw.ra(), raw.dec()).exptime(exptime).texptime(exptime)
                .mjd(raw.mjdObs(), raw.mjdObs() + exptime / 86400)
                .progId(raw.progId()).obids(List.of(raw.obsId() == null ? 0L : raw.obsId()))
                .obstech(raw.dprTech()).fluxcal(FluxCalibration.UNCALIBRATED)
                .procsoft(PROCSOFT + " " + result.recipe()).referenc("")
                .prov(List.of(raw.arcfile())).ncombine(1);
        if (result.isSpectrum()) {
            boolean red = raw.tag().endsWith("_RED");
            double slit = k.number(red ? "INS.SLIT3.WID" : "INS.SLIT2.WID").orElse(1.0);
            return b.title(String.format(Locale.ROOT, "%s UVES %s %.0f nm echelle spectrum", raw.object(),
                            red ? "red" : "blue", k.number(red ? "INS.GRAT2.WLEN" : "INS.GRAT1.WLEN").orElse(0.0)))
                    .specsys("TOPOCENT").apertureDeg(slit / 3600).contnorm(false).totFlux(false).build();
        }
        String filter = text(k, "INS.FILT1.NAME");
        if (filter.equals("OPEN")) {
            filter = text(k, "INS.FILT2.NAME");
        }
        return b.title(raw.object() + " HAWK-I " + filter + " image")
                .filter(filter)
                .ellipticity(ImageFigures.ellipticity(result.image()))
                .abMagSat(ImageFigures.abMagSat(result.image(), k.number("DET.DIT").orElse(exptime)))
                .build();
    }

    private static String text(Keywords k, String key) {
        return k.text(key).map(String::strip).orElse("");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
