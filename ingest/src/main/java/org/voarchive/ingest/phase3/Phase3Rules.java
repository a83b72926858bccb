package org.voarchive.ingest.phase3;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import nom.tam.fits.Header;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The Phase 3 keyword rules of one product category, read from the resource
 * {@code rules/<PRODCATG>.xml} next to this class. The file's elements (documented at the top of
 * {@code rules/SCIENCE.SPECTRUM.xml}) say which keywords each HDU must have and must not have, which
 * combinations are forbidden, which families are numbered from 1, the FITS type of each keyword and
 * simple value rules. Instances are immutable and thread-safe.
 */
public final class Phase3Rules {

    /** The HDU name in a rules file that stands for every HDU of the file. */
    static final String EVERY_HDU = "*";

    private static final Pattern SAFE_PRODCATG = Pattern.compile("[A-Z0-9][A-Z0-9._]*");
    private static final Map<String, Optional<Phase3Rules>> CACHE = new ConcurrentHashMap<>();

    private final String prodcatg;
    private final Map<String, Set<String>> mandatory;
    private final Map<String, Set<String>> forbidden;
    private final List<Exclusion> exclusions;
    private final List<String> numbered;
    private final Map<String, CardType> types;
    private final List<ValueRule> valueRules;

    /** Keywords forbidden in an HDU that holds any of {@code whenPresent}. */
    private record Exclusion(Set<String> whenPresent, Set<String> keywords) {
    }

    private Phase3Rules(String prodcatg, Map<String, Set<String>> mandatory, Map<String, Set<String>> forbidden,
                        List<Exclusion> exclusions, List<String> numbered, Map<String, CardType> types,
                        List<ValueRule> valueRules) {
        this.prodcatg = prodcatg;
        this.mandatory = mandatory;
        this.forbidden = forbidden;
        this.exclusions = exclusions;
        this.numbered = numbered;
        this.types = types;
        this.valueRules = valueRules;
    }

    /**
     * The rules for {@code prodcatg}, or empty when no rules file exists for it.
     *
     * @throws IllegalStateException when the rules file exists but is malformed (a build error)
     */
    public static Optional<Phase3Rules> forProdcatg(String prodcatg) {
        if (prodcatg == null || !SAFE_PRODCATG.matcher(prodcatg).matches()) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(prodcatg, Phase3Rules::load);
    }

    public String prodcatg() {
        return prodcatg;
    }

    /** The HDUs the category requires, by name, in file order: {@code PRIMARY} first. */
    public Set<String> hdus() {
        Set<String> names = new LinkedHashSet<>(mandatory.keySet());
        names.remove(EVERY_HDU);
        return names;
    }

    /**
     * Checks a file's headers, primary first, against these rules (checksums are
     * {@link Phase3Validator}'s business).
     *
     * @return the violations, empty when the headers comply
     */
    public List<Violation> check(List<Header> headers) {
        List<Violation> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            HduHeader hdu = HduHeader.of(i, headers.get(i));
            seen.add(hdu.name());
            checkHdu(hdu, out);
        }
        for (String required : hdus()) {
            if (!seen.contains(required)) {
                out.add(new Violation(required, "", Violation.MISSING_HDU,
                        prodcatg + " needs an HDU named " + required));
            }
        }
        return out;
    }

    private void checkHdu(HduHeader hdu, List<Violation> out) {
        Set<String> keys = hdu.keys();
        for (String key : union(mandatory, hdu.name())) {
            if (!keys.contains(key)) {
                out.add(new Violation(hdu.name(), key, Violation.MISSING_KEYWORD, key + " is mandatory in "
                        + hdu.name() + " of a " + prodcatg));
            }
        }
        for (String key : union(forbidden, hdu.name())) {
            if (keys.contains(key)) {
                out.add(new Violation(hdu.name(), key, Violation.FORBIDDEN_KEYWORD, key + " is forbidden in "
                        + hdu.name() + " of a " + prodcatg));
            }
        }
        for (Exclusion exclusion : exclusions) {
            Optional<String> anchor = exclusion.whenPresent().stream().filter(keys::contains).findFirst();
            anchor.ifPresent(a -> exclusion.keywords().stream().filter(keys::contains).forEach(k -> out.add(
                    new Violation(hdu.name(), k, Violation.FORBIDDEN_KEYWORD, k + " is forbidden next to " + a))));
        }
        checkNumbering(hdu, keys, out);
        for (String key : keys) {
            CardType wanted = typeOf(key);
            if (wanted == null) {
                continue;
            }
            CardType actual = hdu.type(key).orElseThrow();
            if (!wanted.accepts(actual)) {
                out.add(new Violation(hdu.name(), key, Violation.WRONG_TYPE, key + " must be a " + wanted.label()
                        + ", is a " + actual.label() + ": " + hdu.text(key).orElse("")));
            }
        }
        for (ValueRule rule : valueRules) {
            rule.check(hdu, out);
        }
    }

    /** Numbered families run 1..n with no gap and no zero padding; index 0 is left to the forbidden lists. */
    private void checkNumbering(HduHeader hdu, Set<String> keys, List<Violation> out) {
        for (String family : numbered) {
            Pattern pattern = Pattern.compile(Pattern.quote(family) + "(\\d+)");
            TreeMap<Integer, String> indices = new TreeMap<>();
            for (String key : keys) {
                Matcher m = pattern.matcher(key);
                if (!m.matches()) {
                    continue;
                }
                String digits = m.group(1);
                if (digits.length() > 1 && digits.startsWith("0")) {
                    out.add(new Violation(hdu.name(), key, Violation.BAD_NUMBERING, key
                            + " is zero-padded; " + family + " is numbered 1, 2, ..."));
                } else if (!digits.equals("0")) {
                    indices.put(Integer.parseInt(digits), key);
                }
            }
            int expected = 1;
            for (Map.Entry<Integer, String> e : indices.entrySet()) {
                if (e.getKey() != expected) {
                    out.add(new Violation(hdu.name(), e.getValue(), Violation.BAD_NUMBERING, e.getValue()
                            + " follows a gap: " + family + expected + " is missing"));
                    break;
                }
                expected++;
            }
        }
    }

    /** The declared type of {@code key}; {@code PROV#} in a rules file declares every PROVn. */
    private CardType typeOf(String key) {
        CardType exact = types.get(key);
        if (exact != null) {
            return exact;
        }
        return types.get(key.replaceFirst("\\d+$", "#"));
    }

    private static Set<String> union(Map<String, Set<String>> byHdu, String hdu) {
        Set<String> keys = new LinkedHashSet<>(byHdu.getOrDefault(EVERY_HDU, Set.of()));
        keys.addAll(byHdu.getOrDefault(hdu, Set.of()));
        return keys;
    }

    private static Optional<Phase3Rules> load(String prodcatg) {
        String resource = "rules/" + prodcatg + ".xml";
        try (InputStream in = Phase3Rules.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(prodcatg, in));
        } catch (IOException | ParserConfigurationException | SAXException | RuntimeException e) {
            throw new IllegalStateException("malformed Phase 3 rules " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Phase3Rules parse(String prodcatg, InputStream in)
            throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(in);
        Element root = doc.getDocumentElement();
        if (!prodcatg.equals(root.getAttribute("prodcatg"))) {
            throw new IllegalArgumentException("declares prodcatg '" + root.getAttribute("prodcatg") + "'");
        }
        Map<String, Set<String>> mandatory = new LinkedHashMap<>();
        Map<String, Set<String>> forbidden = new LinkedHashMap<>();
        List<Exclusion> exclusions = new ArrayList<>();
        List<String> numbered = new ArrayList<>();
        Map<String, CardType> types = new LinkedHashMap<>();
        List<ValueRule> valueRules = new ArrayList<>();
        for (Element e : children(root)) {
            switch (e.getTagName()) {
                case "hdu" -> {
                    String name = required(e, "name");
                    for (Element list : children(e)) {
                        switch (list.getTagName()) {
                            case "mandatory" -> mandatory.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(words(list));
                            case "forbidden" -> forbidden.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(words(list));
                            default -> throw new IllegalArgumentException("unknown element <" + list.getTagName() + "> in <hdu>");
                        }
                    }
                }
                case "exclusive" -> exclusions.add(new Exclusion(
                        new LinkedHashSet<>(Arrays.asList(required(e, "with").trim().split("\\s+"))),
                        new LinkedHashSet<>(words(e))));
                case "numbered" -> numbered.addAll(words(e));
                case "type" -> {
                    CardType type = CardType.named(required(e, "name"));
                    words(e).forEach(k -> types.put(k, type));
                }
                case "allowed" -> {
                    Set<String> values = new LinkedHashSet<>();
                    children(e).forEach(v -> values.add(v.getTextContent().strip()));
                    valueRules.add(new ValueRule.Allowed(required(e, "keyword"), values));
                }
                case "range" -> valueRules.add(new ValueRule.Range(required(e, "keyword"),
                        bound(e, "min", Double.NEGATIVE_INFINITY), !"false".equals(e.getAttribute("min-inclusive")),
                        bound(e, "max", Double.POSITIVE_INFINITY), !"false".equals(e.getAttribute("max-inclusive"))));
                case "order" -> valueRules.add(new ValueRule.Order(required(e, "lower"), required(e, "upper"),
                        "true".equals(e.getAttribute("strict"))));
                case "when" -> valueRules.add(new ValueRule.When(required(e, "keyword"), required(e, "equals"),
                        required(e, "then"), required(e, "must-equal")));
                default -> throw new IllegalArgumentException("unknown element <" + e.getTagName() + ">");
            }
        }
        return new Phase3Rules(prodcatg, mandatory, forbidden, List.copyOf(exclusions), List.copyOf(numbered),
                types, List.copyOf(valueRules));
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> words(Element e) {
        String text = e.getTextContent().strip();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
    }

    private static double bound(Element e, String attribute, double unbounded) {
        String value = e.getAttribute(attribute);
        return value.isEmpty() ? unbounded : Double.parseDouble(value);
    }

    private static String required(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> lacks " + attribute + "=");
        }
        return value;
    }
}
