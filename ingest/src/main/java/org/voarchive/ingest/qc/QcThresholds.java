package org.voarchive.ingest.qc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The QC1 parameter definitions of one instrument, read from the resource
 * {@code /org/voarchive/ingest/qc/<INSTRUMENT>.qc.xml}:
 *
 * <pre>{@code
 * <qc instrument="UVES">
 *   <parameter tag="BIAS" name="QC.RON" reference="MEDIAN" window="10" nominal="3"
 *              threshold="VAL" low="2" high="4" warning="0.667"/>
 *   <parameter tag="FLAT" name="QC.FLAT.LEVEL" reference="MEDIAN" window="10" nominal="12000"
 *              threshold="PERCENT" width="10"/>
 *   <parameter tag="BIAS" name="QC.STRUCTX" reference="FIXED" nominal="0"
 *              threshold="SIGMA" width="3" sigma="0.1"/>
 * </qc>
 * }</pre>
 *
 * {@code tag} is a prefix of the frame tags the definition applies to; {@code reference} is FIXED,
 * MEDIAN or MEAN ({@code window} = how many latest values); {@code threshold} is VAL (with {@code low}
 * and {@code high}), SIGMA ({@code width} sigmas; {@code sigma} while history is short) or PERCENT
 * ({@code width} percent of the reference); {@code warning} (default 2/3) is the fraction of the way to
 * a bound beyond which a value is a warning. See {@link QcParameter}. Immutable and thread-safe.
 */
public final class QcThresholds {

    private static final double DEFAULT_WARNING = 2.0 / 3;
    private static final Pattern CHIP_NUMBER = Pattern.compile("\\d+$");

    private final String instrument;
    private final List<QcParameter> parameters;

    private QcThresholds(String instrument, List<QcParameter> parameters) {
        this.instrument = instrument;
        this.parameters = List.copyOf(parameters);
    }

    /** The definitions of {@code instrument} (INSTRUME, e.g. UVES or HAWKI). */
    public static QcThresholds forInstrument(String instrument) {
        String resource = instrument.trim().toUpperCase().replace("-", "") + ".qc.xml";
        try (InputStream in = QcThresholds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no QC thresholds for instrument " + instrument
                        + " (resource " + resource + " not found)");
            }
            return parse(instrument, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read QC thresholds " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The definitions in an XML document of the format above. */
    public static QcThresholds parse(String instrument, InputStream xml) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("QC thresholds of " + instrument + " are not valid XML: " + e.getMessage(), e);
        }
        List<QcParameter> parameters = new ArrayList<>();
        NodeList nodes = document.getDocumentElement().getElementsByTagName("parameter");
        for (int i = 0; i < nodes.getLength(); i++) {
            parameters.add(parameter((Element) nodes.item(i)));
        }
        return new QcThresholds(instrument, parameters);
    }

    private static QcParameter parameter(Element e) {
        String name = required(e, "name");
        try {
            QcParameter.Reference reference = QcParameter.Reference.valueOf(required(e, "reference"));
            QcParameter.Threshold threshold = QcParameter.Threshold.valueOf(required(e, "threshold"));
            return new QcParameter(required(e, "tag"), name, reference,
                    reference == QcParameter.Reference.FIXED ? 0 : Integer.parseInt(required(e, "window")),
                    number(e, "nominal", true),
                    threshold,
                    number(e, "low", threshold == QcParameter.Threshold.VAL),
                    number(e, "high", threshold == QcParameter.Threshold.VAL),
                    number(e, "width", threshold != QcParameter.Threshold.VAL),
                    number(e, "sigma", threshold == QcParameter.Threshold.SIGMA),
                    e.hasAttribute("warning") ? number(e, "warning", true) : DEFAULT_WARNING);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("QC parameter " + name + ": " + ex.getMessage(), ex);
        }
    }

    private static String required(Element e, String attribute) {
        if (!e.hasAttribute(attribute)) {
            throw new IllegalArgumentException("a <parameter> lacks the attribute " + attribute);
        }
        return e.getAttribute(attribute).trim();
    }

    private static double number(Element e, String attribute, boolean required) {
        if (!required) {
            return Double.NaN;
        }
        return Double.parseDouble(required(e, attribute));
    }

    public String instrument() {
        return instrument;
    }

    public List<QcParameter> parameters() {
        return parameters;
    }

    /**
     * The definition for {@code qcName} measured on a frame tagged {@code tag}: the one with the longest
     * matching tag prefix; a per-chip name ({@code QC.RON3}) falls back to its plain name.
     */
    public Optional<QcParameter> find(String tag, String qcName) {
        String plain = CHIP_NUMBER.matcher(qcName).replaceFirst("");
        return parameters.stream()
                .filter(p -> tag.startsWith(p.tagPrefix()))
                .filter(p -> p.name().equals(qcName) || p.name().equals(plain))
                .max(Comparator.<QcParameter>comparingInt(p -> p.tagPrefix().length())
                        .thenComparing(p -> p.name().equals(qcName)));
    }

    /**
     * Scores every value of {@code qc} measured on a frame tagged {@code tag}; parameters without a
     * definition are {@link Verdict#NA}.
     *
     * @param history earlier values by QC1 name, oldest first (absent names have none)
     */
    public List<QcScore> score(String tag, Map<String, Double> qc, Map<String, List<Double>> history) {
        List<QcScore> scores = new ArrayList<>();
        qc.forEach((name, value) -> scores.add(find(tag, name)
                .map(p -> QcScorer.score(p, name, value, history.getOrDefault(name, List.of())))
                .orElseGet(() -> QcScore.unscored(name, value))));
        return scores;
    }
}
