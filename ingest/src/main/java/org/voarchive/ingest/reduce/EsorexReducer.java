package org.voarchive.ingest.reduce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.pixels.FitsHeaders;
import org.voarchive.ingest.pixels.FitsImages;
import org.voarchive.ingest.pixels.HduImage;
import org.voarchive.ingest.pixels.Image;
import org.voarchive.ingest.pixels.Readout;
import org.voarchive.ingest.pixels.Stats;

/**
 * Runs ESO's recipes through esorex where they are wired: MASTER_BIAS_BLUE/RED with
 * {@code uves_cal_mbias} and MASTER_DARK with {@code hawki_dark_combine}; everything else goes to a
 * {@link JavaReducer}, whose recipe names ({@code java/...}) say so.
 *
 * <p>uves_cal_mbias trims the pre/overscan and rotates each chip into the pipeline's orientation, and
 * makes one product per chip of the red arm (MASTER_BIAS_REDL, MASTER_BIAS_REDU). This reducer turns
 * the products back into the raws' layout: one file, the same HDUs (PRIMARY, or REDL and REDU), each chip
 * rotated back and padded to its raw width with the master's median in the pre/overscan columns, so
 * that a master from either reducer serves the same science reduction. The product's QC keywords
 * (QC.OUTn.RON.MASTER, ...) stay in each HDU's header; the result's QC map holds the numeric QC keys of
 * the primary header and, for keys of the extensions, their mean over the extensions, plus the
 * summaries QC.RON.RAW, QC.RON.MASTER, QC.STRUCTX, QC.STRUCTY (means over outputs and chips) and
 * QC.BIAS.LEVEL (median of the master) for a bias.
 *
 * <p>Stateless and thread-safe; each run has its own temporary directory next to the output file.
 */
public final class EsorexReducer implements Reducer {

    /** Where Debian's esorex package puts the command. */
    public static final Path DEFAULT_EXECUTABLE = Path.of("/usr/bin/esorex");
    private static final List<String> RECIPES = List.of("uves_cal_mbias", "hawki_dark_combine");

    private final Path executable;
    private final Reducer fallback;

    public EsorexReducer() {
        this(DEFAULT_EXECUTABLE, new JavaReducer());
    }

    public EsorexReducer(Path executable, Reducer fallback) {
        this.executable = executable;
        this.fallback = fallback;
    }

    @Override
    public String name() {
        return "esorex";
    }

    /** Whether the esorex command runs and lists the recipes this reducer uses. */
    public boolean available() {
        if (!Files.isExecutable(executable)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(executable.toString(), "--recipes").redirectErrorStream(true).start();
            String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0
                    && RECIPES.stream().allMatch(listing::contains);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public MasterResult master(MasterRequest request) throws ReductionException {
        String tag = request.productTag();
        if (tag.equals("MASTER_BIAS_BLUE") || tag.equals("MASTER_BIAS_RED")) {
            return inWorkDir(request, work -> masterBias(request, work));
        }
        if (tag.equals("MASTER_DARK")) {
            return inWorkDir(request, work -> hawkiDark(request, work));
        }
        return fallback.master(request);
    }

    @Override
    public ScienceResult science(ScienceRequest request) throws ReductionException {
        return fallback.science(request);
    }

    private interface Step {
        MasterResult run(Path work) throws ReductionException, IOException;
    }

    private static MasterResult inWorkDir(MasterRequest request, Step step) throws ReductionException {
        Path work = null;
        try {
            Path parent = request.outFile().toAbsolutePath().getParent();
            work = Files.createTempDirectory(Files.createDirectories(parent), "esorex-");
            return step.run(work);
        } catch (IOException e) {
            throw new ReductionException("cannot make " + request.productTag() + " with esorex: " + e.getMessage(), e);
        } finally {
            if (work != null) {
                EsorexRun.deleteTree(work);
            }
        }
    }

    private MasterResult masterBias(MasterRequest request, Path work) throws ReductionException, IOException {
        boolean red = request.productTag().endsWith("_RED");
        List<EsorexRun.Input> inputs = request.raws().stream()
                .map(raw -> new EsorexRun.Input(raw, red ? "BIAS_RED" : "BIAS_BLUE")).toList();
        Path out = EsorexRun.run(executable, "uves_cal_mbias", inputs, work);
        LoadedFrame raw = LoadedFrame.read(request.raws().get(0));
        List<String> products = red ? List.of("masterbias_redl.fits", "masterbias_redu.fits") : List.of("masterbias_blue.fits");
        if (products.size() != raw.hdus().size()) {
            throw new ReductionException(request.raws().get(0).getFileName() + " has " + raw.hdus().size()
                    + " chips where uves_cal_mbias makes " + products.size() + " products");
        }
        List<HduImage> hdus = new ArrayList<>();
        Keywords primary = null;
        for (int chip = 0; chip < products.size(); chip++) {
            Path product = out.resolve(products.get(chip));
            if (!Files.exists(product)) {
                throw new ReductionException("uves_cal_mbias made no " + products.get(chip) + ":\n" + EsorexRun.logTail(out));
            }
            Keywords header = FitsHeaders.read(product);
            primary = primary == null ? header : primary;
            HduImage rawChip = raw.hdus().get(chip);
            Image master = FitsImages.read(product).get(0).image();
            hdus.add(new HduImage(rawChip.name(), header, toRawLayout(master, red, Readout.of(raw.primary(), rawChip.header()), rawChip.image())));
        }
        Map<String, Double> qc = qcOf(primary, hdus.stream().map(HduImage::header).toList(), red);
        qc.put("QC.RON.RAW", meanOf(hdus, "RON.RAW"));
        qc.put("QC.RON.MASTER", meanOf(hdus, "RON.MASTER"));
        qc.put("QC.STRUCTX", meanOf(hdus, "STRUCTX"));
        qc.put("QC.STRUCTY", meanOf(hdus, "STRUCTY"));
        float[] levels = new float[hdus.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (float) Stats.median(Readout.of(raw.primary(), raw.hdus().get(i).header()).trim(hdus.get(i).image()).data());
        }
        qc.put("QC.BIAS.LEVEL", Stats.median(levels));
        Keywords productPrimary = primary.with("PRO.CATG", request.productTag()).with("PRO.REC1.ID", "uves_cal_mbias");
        for (Map.Entry<String, Double> e : qc.entrySet()) {
            productPrimary = productPrimary.with(e.getKey(), e.getValue());
        }
        FitsImages.write(request.outFile(), productPrimary, hdus);
        return new MasterResult(request.outFile(), "esorex/uves_cal_mbias", qc);
    }

    /**
     * The chip in the raw frame's orientation and size: uves_cal_mbias returns the exposed area rotated
     * (blue: master(H-1-y, x); red: master(H-1-y, W-1-x) for raw column x and row y of the exposed area).
     */
    private static Image toRawLayout(Image master, boolean red, Readout readout, Image rawChip) throws ReductionException {
        int width = rawChip.width() - readout.prescan() - readout.overscan();
        int height = rawChip.height();
        if (master.width() != height || master.height() != width) {
            throw new ReductionException("uves_cal_mbias returned " + master.width() + "x" + master.height()
                    + " pixels for an exposed area of " + width + "x" + height);
        }
        Image out = Image.filled(rawChip.width(), height, (float) Stats.median(master.data()));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.set(x + readout.prescan(), y, master.get(height - 1 - y, red ? width - 1 - x : x));
            }
        }
        return out;
    }

    private static double meanOf(List<HduImage> hdus, String suffix) {
        double sum = 0;
        int n = 0;
        for (HduImage hdu : hdus) {
            for (Map.Entry<String, Object> e : hdu.header().asMap().entrySet()) {
                if (e.getKey().startsWith("QC.OUT") && e.getKey().endsWith("." + suffix) && e.getValue() instanceof Number v) {
                    sum += v.doubleValue();
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private MasterResult hawkiDark(MasterRequest request, Path work) throws ReductionException, IOException {
        List<EsorexRun.Input> inputs = request.raws().stream().map(raw -> new EsorexRun.Input(raw, "DARK")).toList();
        Path out = EsorexRun.run(executable, "hawki_dark_combine", inputs, work);
        Path product = out.resolve("darkcomb.fits");
        if (!Files.exists(product)) {
            throw new ReductionException("hawki_dark_combine made no darkcomb.fits:\n" + EsorexRun.logTail(out));
        }
        Keywords primary = FitsHeaders.read(product);
        List<Keywords> extensions = FitsImages.read(product).stream().map(HduImage::header).toList();
        Map<String, Double> qc = qcOf(primary, extensions, true);
        Files.move(product, request.outFile(), StandardCopyOption.REPLACE_EXISTING);
        return new MasterResult(request.outFile(), "esorex/hawki_dark_combine", qc);
    }

    /** Numeric QC keys of the primary, then the mean over {@code hdus} of each numeric QC key of theirs. */
    private static Map<String, Double> qcOf(Keywords primary, List<Keywords> hdus, boolean averageHdus) {
        Map<String, Double> qc = new LinkedHashMap<>();
        primary.asMap().forEach((k, v) -> {
            if (k.startsWith("QC.") && v instanceof Number n) {
                qc.put(k, n.doubleValue());
            }
        });
        if (!averageHdus) {
            return qc;
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Keywords hdu : hdus) {
            hdu.asMap().forEach((k, v) -> {
                if (k.startsWith("QC.") && v instanceof Number n) {
                    double[] s = sums.computeIfAbsent(k, x -> new double[2]);
                    s[0] += n.doubleValue();
                    s[1]++;
                }
            });
        }
        sums.forEach((k, s) -> qc.put(k, s[0] / s[1]));
        return qc;
    }
}
