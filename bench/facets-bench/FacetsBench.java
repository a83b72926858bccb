import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.voarchive.facets.adql.AdqlBridge;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;
import org.voarchive.facets.search.FacetSearch;
import org.voarchive.facets.search.Mjd;
import org.voarchive.facets.search.SearchRequest;
import org.voarchive.facets.search.SearchResult;
import org.voarchive.facets.search.Visibility;

/**
 * The faceted search benchmark (issue 6): indexes N synthetic products with realistic value
 * distributions into a fresh index, then times a mix of facet queries (parse, search with every facet
 * counted drill-sideways, ADQL) as the /search resource runs them, without HTTP.
 * Arguments: products, index directory, queries.
 */
public final class FacetsBench {

    /** instrument, type, level weights, resolving power, band in nm (min, max), spectrum? */
    record Instrument(String name, String type, double weight, double resolution, double emMin, double emMax, boolean spectrum) {
    }

    static final Instrument[] INSTRUMENTS = {
            new Instrument("UVES", "spectrum", 0.18, 42000, 300, 1100, true),
            new Instrument("XSHOOTER", "spectrum", 0.14, 8000, 300, 2480, true),
            new Instrument("HARPS", "spectrum", 0.12, 115000, 378, 691, true),
            new Instrument("ESPRESSO", "spectrum", 0.04, 140000, 380, 788, true),
            new Instrument("FORS2", "spectrum", 0.06, 1500, 330, 1100, true),
            new Instrument("MUSE", "cube", 0.08, 3000, 465, 930, false),
            new Instrument("HAWKI", "image", 0.12, 0, 970, 2310, false),
            new Instrument("VIRCAM", "image", 0.10, 0, 830, 2400, false),
            new Instrument("OMEGACAM", "image", 0.10, 0, 330, 1000, false),
            new Instrument("SPHERE", "image", 0.06, 0, 950, 2320, false)};
    static final String[] CLASSES = {"star", "star", "star", "galaxy", "galaxy", "field", "field", "nebula", null, null};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        int queries = Integer.parseInt(args[2]);
        Instant now = Instant.parse("2026-11-21T12:00:00Z");

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        boolean reuse = Files.isDirectory(dir) && !isEmpty(dir);
        try (FacetIndex index = reuse ? FacetIndex.open(dir) : FacetIndex.recreate(dir)) {
            if (reuse) {
                System.out.printf("searching the %d products already in %s%n", index.count(), dir);
            } else {
                index(index, n, dir, cpu);
            }
            FacetSearch warm = new FacetSearch(index);
            SplittableRandom w = new SplittableRandom(1);
            for (int i = 0; i < 100; i++) {
                run(warm, query(w), now);
            }
            // every query counted afresh (a new search object keeps no answers), then as the server runs
            // them: one search object whose exact answers are kept while valid
            int cores = Runtime.getRuntime().availableProcessors();
            ExecutorService helpers = Executors.newFixedThreadPool(cores);
            try {
                measure("uncached, one thread", () -> new FacetSearch(index), queries, now, cpu);
                measure("uncached, " + cores + " threads", () -> new FacetSearch(index, helpers, cores, 0), queries, now, cpu);
                FacetSearch served = new FacetSearch(index, helpers, cores, 0);
                measure("as served (" + cores + " threads, answers kept)", () -> served, queries, now, cpu);
            } finally {
                helpers.shutdown();
            }
        }
    }

    static void index(FacetIndex index, int n, Path dir, ThreadMXBean cpu) throws IOException {
        long start = System.nanoTime();
        long startCpu = cpu.getCurrentThreadCpuTime();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < n; i++) {
            index.put(product(i, random));
        }
        index.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e9;
        System.out.printf("indexed %d products in %.1f s: %.0f documents/s (CPU time of the indexing thread %.1f s:"
                + " %.0f documents per CPU second; index %d MB)%n", n, seconds, n / seconds, cpuSeconds, n / cpuSeconds,
                size(dir) >> 20);
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    static void measure(String name, Supplier<FacetSearch> searches, int queries, Instant now, ThreadMXBean cpu)
            throws Exception {
        SplittableRandom q = new SplittableRandom(7);
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        long totals = 0;
        for (int i = 0; i < queries; i++) {
            Map<String, List<String>> p = query(q);
            FacetSearch search = searches.get();
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            SearchResult r = run(search, p, now);
            double ms = (System.nanoTime() - t0) / 1e6;
            allCpu.add((cpu.getCurrentThreadCpuTime() - c0) / 1e6);
            totals += r.total();
            all.add(ms);
            byKind.computeIfAbsent(kind(p), k -> new ArrayList<>()).add(ms);
        }
        System.out.printf("%s: %d facet queries (mean total %d products): wall median %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " CPU median %.1f ms, p95 %.1f ms%n", name, queries, totals / queries, percentile(all, 50),
                percentile(all, 95), percentile(all, 100), percentile(allCpu, 50), percentile(allCpu, 95));
        byKind.forEach((kind, times) -> System.out.printf("  %-40s %4d queries: wall median %6.1f ms, p95 %6.1f ms%n",
                kind, times.size(), percentile(times, 50), percentile(times, 95)));
    }

    static SearchResult run(FacetSearch search, Map<String, List<String>> parameters, Instant now) throws Exception {
        SearchRequest request = SearchRequest.parse(parameters);
        SearchResult result = search.search(request, Visibility.PUBLIC_ONLY, now);
        AdqlBridge.adql(request, Visibility.PUBLIC_ONLY, now);
        return result;
    }

    /** A product: instrument by weight, its band and resolution, targets mostly in the southern sky. */
    static ProductDocument product(int i, SplittableRandom r) {
        double u = r.nextDouble();
        Instrument in = INSTRUMENTS[INSTRUMENTS.length - 1];
        for (Instrument candidate : INSTRUMENTS) {
            if ((u -= candidate.weight()) < 0) {
                in = candidate;
                break;
            }
        }
        double ra = r.nextDouble() * 360;
        double dec = Math.toDegrees(Math.asin(r.nextDouble() * 1.5 - 1));
        String targetClass = CLASSES[r.nextInt(CLASSES.length)];
        String target = switch (targetClass == null ? "field" : targetClass) {
            case "star" -> "HD " + (1000 + r.nextInt(224000));
            case "galaxy" -> "NGC " + (1 + r.nextInt(7840));
            case "nebula" -> "IC " + (1 + r.nextInt(5386));
            default -> String.format("F%03d%+03d", (int) ra, (int) dec);
        };
        double tMin = Mjd.ofDate(LocalDate.of(2015, 1, 1)) + r.nextDouble() * 4340; // 2015 to 2026-11
        int months = r.nextDouble() < 0.75 ? 12 : r.nextDouble() < 0.6 ? 24 : 60;
        Instant release = Mjd.toInstant(tMin).plusSeconds(months * 2_629_800L);
        Double snr = in.spectrum() || in.type().equals("cube") ? Math.exp(r.nextDouble() * 5 + 1) : null;
        Double maglim = in.type().equals("image") ? 18 + r.nextDouble() * 3 + r.nextDouble() * 3 : null;
        double emMin = in.emMin() + r.nextDouble() * 40;
        double emMax = Math.max(emMin + 50, in.emMax() - r.nextDouble() * 300);
        String id = "ADP." + i;
        return new ProductDocument("ivo://bench.example/ID?" + id, Integer.toString(i), target + " " + in.name() + " " + in.type(),
                target, targetClass, in.name(), in.name(), in.type(), r.nextDouble() < 0.8 ? 2 : r.nextDouble() < 0.5 ? 1 : 3,
                String.format("%03d.%c-%04d", 94 + r.nextInt(18), (char) ('A' + r.nextInt(4)), r.nextInt(2000)), ra, dec, snr,
                in.resolution() > 0 ? in.resolution() * (0.8 + r.nextDouble() * 0.4) : null, emMin * 1e-9, emMax * 1e-9,
                Math.exp(r.nextDouble() * 7), maglim, tMin, release, "http://bench.example/files/" + id + ".fits",
                r.nextDouble() < 0.5 ? id + ".fits" : null);
    }

    /** The mix of searches a facet page makes: browsing, one or two choices, ranges, words, cones. */
    static Map<String, List<String>> query(SplittableRandom r) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        Instrument in = INSTRUMENTS[r.nextInt(INSTRUMENTS.length)];
        switch (r.nextInt(8)) {
            case 0 -> p.put("q", List.of(""));
            case 1 -> p.put("instrument", List.of(in.name()));
            case 2 -> {
                p.put("instrument", List.of(in.name(), INSTRUMENTS[r.nextInt(INSTRUMENTS.length)].name()));
                p.put("level", List.of("2"));
            }
            case 3 -> {
                p.put("type", List.of("spectrum"));
                p.put("snr", List.of((int) (r.nextDouble() * 100) + ".."));
                p.put("covers", List.of(Integer.toString(400 + r.nextInt(500))));
            }
            case 4 -> {
                p.put("q", List.of(r.nextBoolean() ? "HD " + (1 + r.nextInt(9)) : "NGC " + (1 + r.nextInt(99))));
            }
            case 5 -> {
                p.put("ra", List.of(Double.toString(r.nextDouble() * 360)));
                p.put("dec", List.of(Double.toString(Math.toDegrees(Math.asin(r.nextDouble() * 1.5 - 1)))));
                p.put("radius", List.of(Double.toString(0.1 + r.nextDouble() * 2)));
            }
            case 6 -> {
                int year = 2015 + r.nextInt(11);
                p.put("date", List.of(year + "-01-01.." + year + "-06-30"));
                p.put("target_class", List.of("star", "unknown"));
                p.put("sort", List.of("snr"));
            }
            default -> {
                p.put("collection", List.of(in.name()));
                p.put("exptime", List.of("60..1800"));
                p.put("maglim", List.of("20.."));
                p.put("release", List.of("public"));
                p.put("sort", List.of("date"));
            }
        }
        return p;
    }

    static String kind(Map<String, List<String>> p) {
        return String.join("+", p.keySet());
    }

    static double percentile(List<Double> values, double pct) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int i = (int) Math.ceil(pct / 100 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
