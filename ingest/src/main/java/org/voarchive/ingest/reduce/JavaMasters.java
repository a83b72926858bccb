package org.voarchive.ingest.reduce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.voarchive.ingest.pixels.FitsImages;
import org.voarchive.ingest.pixels.HduImage;
import org.voarchive.ingest.pixels.Image;
import org.voarchive.ingest.pixels.Stats;
import org.voarchive.ingest.qc.QcMeasurer;

/**
 * Master calibrations by median combination, HDU by HDU, keeping the raws' layout.
 *
 * <ul>
 * <li>bias: the median of the raws; QC.RON.RAW is the raws' mean read noise, QC.RON.MASTER the
 *     master's, QC.BIAS.LEVEL its median;</li>
 * <li>dark: the median of the raws less the master bias when one is given;</li>
 * <li>UVES flat: the median of the raws less the (required) master bias;</li>
 * <li>HAWK-I twilight flat: each raw less the (required) master dark and divided by its median over all
 *     chips, median-combined and normalised to a median of 1 (chip gain differences kept).</li>
 * </ul>
 */
final class JavaMasters {

    private JavaMasters() {
    }

    static MasterResult make(MasterRequest request) throws ReductionException {
        String tag = request.productTag();
        List<LoadedFrame> raws = new ArrayList<>();
        for (Path raw : request.raws()) {
            LoadedFrame frame = LoadedFrame.read(raw);
            if (!raws.isEmpty()) {
                raws.get(0).requireSameLayout(frame);
            }
            raws.add(frame);
        }
        if (tag.startsWith("MASTER_BIAS")) {
            return bias(request, raws);
        }
        if (tag.startsWith("MASTER_DARK")) {
            return dark(request, raws);
        }
        if (tag.startsWith("MASTER_TWILIGHT_FLAT")) {
            return twilightFlat(request, raws);
        }
        if (tag.startsWith("MASTER_FLAT")) {
            return lampFlat(request, raws);
        }
        throw new ReductionException("the Java reducer makes no " + tag);
    }

    private static MasterResult bias(MasterRequest request, List<LoadedFrame> raws) throws ReductionException {
        List<HduImage> master = combine(raws);
        Map<String, Double> qc = new LinkedHashMap<>();
        qc.put("QC.RON.RAW", meanOverRaws(raws, "BIAS", "QC.RON"));
        Map<String, Double> measured = measure("BIAS", raws.get(0), master);
        qc.put("QC.RON.MASTER", measured.get("QC.RON"));
        qc.put("QC.BIAS.LEVEL", measured.get("QC.BIAS.LEVEL"));
        qc.put("QC.STRUCTX", measured.get("QC.STRUCTX"));
        qc.put("QC.STRUCTY", measured.get("QC.STRUCTY"));
        return write(request, raws, master, "java/master_bias", qc);
    }

    private static MasterResult dark(MasterRequest request, List<LoadedFrame> raws) throws ReductionException {
        List<LoadedFrame> corrected = subtractMaster(raws, request.masters(), "MASTER_BIAS", false);
        List<HduImage> master = combine(corrected);
        Map<String, Double> qc = new LinkedHashMap<>();
        qc.put("QC.RON.RAW", meanOverRaws(raws, "DARK", "QC.RON"));
        qc.put("QC.DARK.CURRENT", meanOverRaws(raws, "DARK", "QC.DARK.CURRENT"));
        qc.put("QC.DARK.MED", measure("DARK", raws.get(0), master).get("QC.DARK.MED"));
        return write(request, raws, master, "java/master_dark", qc);
    }

    private static MasterResult lampFlat(MasterRequest request, List<LoadedFrame> raws) throws ReductionException {
        List<LoadedFrame> corrected = subtractMaster(raws, request.masters(), "MASTER_BIAS", true);
        List<HduImage> master = combine(corrected);
        Map<String, Double> qc = new LinkedHashMap<>(measure("FLAT", raws.get(0), master));
        return write(request, raws, master, "java/master_flat", qc);
    }

    private static MasterResult twilightFlat(MasterRequest request, List<LoadedFrame> raws) throws ReductionException {
        List<LoadedFrame> corrected = subtractMaster(raws, request.masters(), "MASTER_DARK", true);
        List<LoadedFrame> normalised = new ArrayList<>();
        for (LoadedFrame frame : corrected) {
            double median = medianOverHdus(frame.hdus());
            if (!(median > 0)) {
                throw new ReductionException("twilight flat " + frame.file().getFileName() + " has no signal above the dark");
            }
            normalised.add(new LoadedFrame(frame.file(), frame.primary(), frame.hdus().stream()
                    .map(h -> h.withImage(h.image().scaled(1 / median, 0))).toList()));
        }
        List<HduImage> combined = combine(normalised);
        double median = medianOverHdus(combined);
        List<HduImage> master = combined.stream().map(h -> h.withImage(h.image().scaled(1 / median, 0))).toList();
        Map<String, Double> qc = new LinkedHashMap<>();
        qc.put("QC.FLAT.MEDMEAN", meanOverRaws(raws, "FLAT_TWILIGHT", "QC.FLAT.MEDMEAN"));
        qc.put("QC.FLAT.MEDSTDEV", meanOverRaws(raws, "FLAT_TWILIGHT", "QC.FLAT.MEDSTDEV"));
        qc.put("QC.FLAT.NBADPIX", measure("FLAT_TWILIGHT", raws.get(0), master).get("QC.FLAT.NBADPIX"));
        return write(request, raws, master, "java/master_twilight_flat", qc);
    }

    private static double medianOverHdus(List<HduImage> hdus) {
        int size = hdus.stream().mapToInt(h -> h.image().data().length).sum();
        float[] all = new float[size];
        int at = 0;
        for (HduImage h : hdus) {
            System.arraycopy(h.image().data(), 0, all, at, h.image().data().length);
            at += h.image().data().length;
        }
        return Stats.median(all);
    }

    /** Each raw less the master of {@code prefix}, HDU by HDU; raws unchanged when it is optional and absent. */
    private static List<LoadedFrame> subtractMaster(List<LoadedFrame> raws, Map<String, Path> masters, String prefix,
                                                    boolean required) throws ReductionException {
        if (!required && Calibrations.find(masters, prefix).isEmpty()) {
            return raws;
        }
        LoadedFrame master = LoadedFrame.read(Calibrations.require(masters, prefix, "this master"));
        master.requireSameLayout(raws.get(0));
        List<LoadedFrame> out = new ArrayList<>();
        for (LoadedFrame raw : raws) {
            List<HduImage> hdus = new ArrayList<>();
            for (int i = 0; i < raw.hdus().size(); i++) {
                hdus.add(raw.hdus().get(i).withImage(raw.hdus().get(i).image().minus(master.hdus().get(i).image())));
            }
            out.add(new LoadedFrame(raw.file(), raw.primary(), hdus));
        }
        return out;
    }

    private static List<HduImage> combine(List<LoadedFrame> frames) {
        List<HduImage> master = new ArrayList<>();
        for (int i = 0; i < frames.get(0).hdus().size(); i++) {
            List<Image> stack = new ArrayList<>();
            for (LoadedFrame frame : frames) {
                stack.add(frame.hdus().get(i).image());
            }
            master.add(frames.get(0).hdus().get(i).withImage(MedianCombine.of(stack)));
        }
        return master;
    }

    private static Map<String, Double> measure(String tag, LoadedFrame first, List<HduImage> hdus) throws ReductionException {
        try {
            return QcMeasurer.measure(tag, first.primary(), hdus);
        } catch (IllegalArgumentException e) {
            throw new ReductionException("cannot measure the QC of the master: " + e.getMessage(), e);
        }
    }

    private static double meanOverRaws(List<LoadedFrame> raws, String tag, String name) throws ReductionException {
        double sum = 0;
        for (LoadedFrame raw : raws) {
            sum += measure(tag, raw, raw.hdus()).get(name);
        }
        return sum / raws.size();
    }

    private static MasterResult write(MasterRequest request, List<LoadedFrame> raws, List<HduImage> master,
                                      String recipe, Map<String, Double> qc) throws ReductionException {
        try {
            FitsImages.write(request.outFile(),
                    ProductHeader.of(raws.get(0).primary(), request.productTag(), recipe, request.raws(), qc), master);
        } catch (IOException | IllegalArgumentException e) {
            throw new ReductionException("cannot write " + request.outFile() + ": " + e.getMessage(), e);
        }
        return new MasterResult(request.outFile(), recipe, qc);
    }
}
