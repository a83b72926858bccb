package org.voarchive.facets.index;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * How a {@link ProductDocument} is laid out in Lucene. Numeric fields carry ObsCore's column names and
 * units and are indexed three ways: points (range filters), doc values (counts, sorting) and stored
 * (results). Terms facets are an exact-match string field each, and together one sorted doc value
 * ({@link #TERMS}: the five values joined), so counting them all is one read per product. Target
 * names and titles are indexed as words and as every piece of a word (n-grams up to
 * {@link #MAX_INFIX} characters), so a word found inside a longer one is one term lookup. Thread safe.
 */
public final class ProductFields {

    /** The version of this layout; change it with the fields, and every document is indexed again. */
    static final String LAYOUT = "layout 6;";

    public static final String ID = "obs_publisher_did";
    public static final String FINGERPRINT = "fingerprint";
    public static final String TEXT = "text";
    /** Every substring of every word of {@link #TEXT}, up to {@link #MAX_INFIX} characters. */
    public static final String INFIX = "infix";
    public static final int MAX_INFIX = 20;
    public static final String PROPOSAL = "proposal_id";
    /** obs_release_date, as microseconds since 1970 (UTC). */
    public static final String RELEASE = "obs_release_date";

    public static final String INSTRUMENT = "instrument_name";
    public static final String COLLECTION = "obs_collection";
    public static final String TYPE = "dataproduct_type";
    public static final String LEVEL = "calib_level";
    public static final String TARGET_CLASS = "target_class";
    /** The terms facets' fields, in the order their values are joined in {@link #TERMS}. */
    public static final List<String> TERM_FIELDS = List.of(INSTRUMENT, COLLECTION, TYPE, LEVEL, TARGET_CLASS);
    /** The terms facets' values of a product joined by {@link #SEPARATOR}; a value it lacks is empty. */
    public static final String TERMS = "terms";
    public static final char SEPARATOR = '\u001f';

    /** The target class facet's value for products whose class is not known. */
    public static final String UNKNOWN_CLASS = "unknown";

    public static final String RA = "s_ra";
    public static final String DEC = "s_dec";
    public static final String SNR = "snr";
    public static final String RESOLUTION = "em_res_power";
    public static final String EM_MIN = "em_min";
    public static final String EM_MAX = "em_max";
    public static final String EXPTIME = "t_exptime";
    public static final String MAGLIM = "abmaglim";
    public static final String T_MIN = "t_min";

    /** Every range facet's bucket of the product, packed by {@link RangeBuckets}. */
    public static final String BUCKETS = "buckets";

    private static final String OBS_ID = "obs_id";
    private static final String TITLE = "obs_title";
    private static final String TARGET = "target_name";
    private static final String ACCESS_URL = "access_url";
    private static final String ARCFILE = "arcfile";

    private ProductFields() {
    }

    /**
     * The dense doc values a range facet's extent is read from: every document has one, NaN where the
     * product has no value, so reading needs no skipping (the sparse doc values of a field serve sorting).
     */
    public static String countField(String field) {
        return "count." + field;
    }

    /** The release date as stored: microseconds since 1970. */
    public static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    static Document toLucene(ProductDocument p) {
        Document d = new Document();
        d.add(new StringField(ID, p.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(p.id())));
        d.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(p.fingerprint())));
        String text = join(p.target(), p.title());
        if (!text.isEmpty()) {
            d.add(new TextField(TEXT, text, Field.Store.NO));
            d.add(new TextField(INFIX, distinctWords(text), Field.Store.NO));
        }
        if (p.proposalId() != null) {
            d.add(new StringField(PROPOSAL, p.proposalId(), Field.Store.YES));
        }
        long release = micros(p.releaseDate());
        d.add(new LongPoint(RELEASE, release));
        d.add(new NumericDocValuesField(RELEASE, release));
        d.add(new StoredField(RELEASE, release));
        List<String> values = java.util.Arrays.asList(p.instrument(), p.collection(), p.type(), Integer.toString(p.level()),
                p.targetClass() == null ? UNKNOWN_CLASS : p.targetClass());
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i) == null || values.get(i).isEmpty() ? "" : values.get(i);
            if (!v.isEmpty()) {
                d.add(new StringField(TERM_FIELDS.get(i), v,
                        TERM_FIELDS.get(i).equals(TARGET_CLASS) ? Field.Store.NO : Field.Store.YES));
            }
            joined.append(i == 0 ? "" : String.valueOf(SEPARATOR)).append(v);
        }
        d.add(new SortedDocValuesField(TERMS, new BytesRef(joined.toString())));
        stored(d, OBS_ID, p.obsId());
        stored(d, TITLE, p.title());
        stored(d, TARGET, p.target());
        stored(d, ACCESS_URL, p.accessUrl());
        stored(d, ARCFILE, p.arcfile());
        if (p.targetClass() != null) {
            stored(d, TARGET_CLASS, p.targetClass());
        }
        number(d, RA, p.ra());
        number(d, DEC, p.dec());
        d.add(new NumericDocValuesField(BUCKETS, RangeBuckets.pack(java.util.Arrays.asList(
                p.snr(), p.resolution(), p.emMin(), p.emMax(), p.exptime(), p.maglim(), p.tMin()))));
        number(d, SNR, p.snr());
        number(d, RESOLUTION, p.resolution());
        number(d, EM_MIN, p.emMin());
        number(d, EM_MAX, p.emMax());
        number(d, EXPTIME, p.exptime());
        number(d, MAGLIM, p.maglim());
        number(d, T_MIN, p.tMin());
        return d;
    }

    /** The product back from a hit's stored fields. */
    public static ProductDocument fromStored(Document d) {
        return new ProductDocument(
                d.get(ID), d.get(OBS_ID), d.get(TITLE), d.get(TARGET), d.get(TARGET_CLASS),
                d.get(INSTRUMENT), d.get(COLLECTION), d.get(TYPE), Integer.parseInt(d.get(LEVEL)), d.get(PROPOSAL),
                number(d, RA), number(d, DEC), number(d, SNR), number(d, RESOLUTION), number(d, EM_MIN),
                number(d, EM_MAX), number(d, EXPTIME), number(d, MAGLIM), number(d, T_MIN),
                Instant.EPOCH.plus(d.getField(RELEASE).numericValue().longValue(), ChronoUnit.MICROS),
                d.get(ACCESS_URL), d.get(ARCFILE));
    }

    /** Each word once: titles repeat the target name, and its pieces need indexing once. */
    private static String distinctWords(String text) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i += i < text.length() ? Character.charCount(text.codePointAt(i)) : 1) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.codePointAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
        }
        return String.join(" ", words);
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private static void stored(Document d, String name, String value) {
        if (value != null) {
            d.add(new StoredField(name, value));
        }
    }

    private static void number(Document d, String name, Double value) {
        boolean absent = value == null || value.isNaN();
        if (RangeBuckets.FIELDS.contains(name)) {
            d.add(new NumericDocValuesField(countField(name), Double.doubleToRawLongBits(absent ? Double.NaN : value)));
        }
        if (absent) {
            return;
        }
        d.add(new DoublePoint(name, value));
        d.add(new DoubleDocValuesField(name, value));
        d.add(new StoredField(name, value));
    }

    private static Double number(Document d, String name) {
        IndexableField f = d.getField(name);
        return f == null ? null : f.numericValue().doubleValue();
    }
}
