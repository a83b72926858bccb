package org.voarchive.ingest.rules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one instrument's rule file, strictly: an unknown element or attribute, a missing attribute,
 * a malformed number or a reference to an undefined tag or key set fails with a
 * {@link RuleFileException} naming the file and line.
 *
 * <p>The format (all content in attributes; lists are separated by commas or blanks):
 * <pre>{@code
 * <rules instrument="UVES">
 *   <classify tag="BIAS_RED" category="CALIB">        first matching classify rule wins
 *     <when key="DPR.CATG" equals="CALIB"/>           exact; numeric when the text is a number
 *     <when key="INSTRUME" like="%UVES%"/>            OCA like, % = any characters
 *   </classify>
 *   <group tag="BIAS_RED" by="TPL.START" min-frames="3"/>
 *   <process tag="BIAS_RED" recipe="uves_cal_mbias" product="MASTER_BIAS_RED" type="MASTER"/>
 *   <keys name="D">                                   a named set of match keys
 *     <key name="DET.WIN1.BINX"/>
 *   </keys>
 *   <keys name="S_RED" extends="D">                   D's keys, then these
 *     <key name="INS.GRAT2.WLEN" tolerance="0.1"/>
 *   </keys>
 *   <associate tags="FLAT_RED MASTER_FLAT_RED">       the needs of frames or products of these tags
 *     <need tag="MASTER_BIAS_RED" min="1" max="1" match="D" best-days="1" max-days="7" prefer="certified"/>
 *   </associate>
 * </rules>
 * }</pre>
 * A {@code need} may list key sets in {@code match}, add {@code key} children, or both; {@code prefer}
 * is {@code certified} or {@code nearest} (the default). Tags named by {@code group}, {@code process}
 * and {@code associate} must be classify tags or products; {@code keys} must be defined before use.
 */
public final class RuleFileParser {

    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "rules", Set.of("instrument"),
            "classify", Set.of("tag", "category"),
            "when", Set.of("key", "equals", "like"),
            "group", Set.of("tag", "by", "min-frames"),
            "process", Set.of("tag", "recipe", "product", "type"),
            "keys", Set.of("name", "extends"),
            "key", Set.of("name", "tolerance"),
            "associate", Set.of("tags"),
            "need", Set.of("tag", "min", "max", "match", "best-days", "max-days", "prefer"));

    private static final Map<String, Set<String>> CHILDREN = Map.of(
            "rules", Set.of("classify", "group", "process", "keys", "associate"),
            "classify", Set.of("when"),
            "when", Set.of(),
            "group", Set.of(),
            "process", Set.of(),
            "keys", Set.of("key"),
            "key", Set.of(),
            "associate", Set.of("need"),
            "need", Set.of("key"));

    private final String source;
    private final List<ClassifyRule> classify = new ArrayList<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, GroupRule> groups = new LinkedHashMap<>();
    private final Map<String, ProcessRule> processes = new LinkedHashMap<>();
    private final Map<String, List<MatchKey>> keySets = new LinkedHashMap<>();
    private final Map<String, AssociateRule> associations = new LinkedHashMap<>();
    private final Map<String, Element> tagReferences = new LinkedHashMap<>();

    private RuleFileParser(String source) {
        this.source = source;
    }

    /**
     * Parses a rule file.
     *
     * @param source the file's name, used in messages
     * @param in     the file's content; not closed
     * @throws RuleFileException when the file is not well-formed or breaks the format
     */
    public static InstrumentRules parse(String source, InputStream in) {
        Element root = LocatedXml.read(source, in).getDocumentElement();
        return new RuleFileParser(source).rules(root);
    }

    private InstrumentRules rules(Element root) {
        if (!root.getTagName().equals("rules")) {
            throw fail(root, "the root element must be <rules>, not <" + root.getTagName() + ">");
        }
        checkShape(root);
        String instrument = required(root, "instrument");
        for (Element child : children(root)) {
            switch (child.getTagName()) {
                case "classify" -> classify(child);
                case "group" -> group(child);
                case "process" -> process(child);
                case "keys" -> keySet(child);
                case "associate" -> associate(child);
                default -> throw new IllegalStateException(child.getTagName());
            }
        }
        checkTagReferences();
        return new InstrumentRules(instrument, classify, categories, groups, processes, associations);
    }

    private void checkShape(Element element) {
        String name = element.getTagName();
        Set<String> allowed = ATTRIBUTES.get(name);
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            String attribute = element.getAttributes().item(i).getNodeName();
            if (!allowed.contains(attribute)) {
                throw fail(element, "unknown attribute '" + attribute + "' on <" + name + ">; allowed: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        for (Element child : children(element)) {
            if (!CHILDREN.get(name).contains(child.getTagName())) {
                throw fail(child, "unknown element <" + child.getTagName() + "> in <" + name + ">"
                        + (CHILDREN.get(name).isEmpty() ? ", which takes no children"
                                : "; allowed: " + String.join(", ", new TreeSet<>(CHILDREN.get(name)))));
            }
            checkShape(child);
        }
    }

    private void classify(Element element) {
        String tag = required(element, "tag");
        Category category = enumValue(element, "category", Category.class);
        Category earlier = categories.putIfAbsent(tag, category);
        if (earlier != null && earlier != category) {
            throw fail(element, "tag " + tag + " was classified as " + earlier + " before, now as " + category);
        }
        List<KeywordCondition> conditions = new ArrayList<>();
        for (Element when : children(element)) {
            String key = required(when, "key");
            boolean hasEquals = when.hasAttribute("equals");
            if (hasEquals == when.hasAttribute("like")) {
                throw fail(when, "<when key=\"" + key + "\"> needs exactly one of 'equals' and 'like'");
            }
            conditions.add(hasEquals ? KeywordCondition.equalTo(key, when.getAttribute("equals"))
                    : KeywordCondition.like(key, when.getAttribute("like")));
        }
        if (conditions.isEmpty()) {
            throw fail(element, "<classify tag=\"" + tag + "\"> has no <when> condition");
        }
        classify.add(new ClassifyRule(tag, category, conditions));
    }

    private void group(Element element) {
        String tag = required(element, "tag");
        List<String> by = list(element, "by");
        int minFrames = integer(element, "min-frames");
        if (minFrames < 1) {
            throw fail(element, "min-frames must be at least 1, got " + minFrames);
        }
        unique(element, groups.put(tag, new GroupRule(tag, by, minFrames)), "group", tag);
        tagReferences.put(tag, element);
    }

    private void process(Element element) {
        String tag = required(element, "tag");
        ProcessRule rule = new ProcessRule(tag, required(element, "recipe"), required(element, "product"),
                enumValue(element, "type", ProductType.class));
        unique(element, processes.put(tag, rule), "process", tag);
        tagReferences.put(tag, element);
    }

    private void keySet(Element element) {
        String name = required(element, "name");
        List<MatchKey> keys = new ArrayList<>();
        if (element.hasAttribute("extends")) {
            for (String base : list(element, "extends")) {
                keys.addAll(keySetNamed(element, base));
            }
        }
        keys.addAll(inlineKeys(element));
        if (keys.isEmpty()) {
            throw fail(element, "<keys name=\"" + name + "\"> holds no key");
        }
        if (keySets.put(name, List.copyOf(keys)) != null) {
            throw fail(element, "key set " + name + " is defined twice");
        }
    }

    private void associate(Element element) {
        List<Need> needs = new ArrayList<>();
        for (Element need : children(element)) {
            needs.add(need(need));
        }
        for (String tag : list(element, "tags")) {
            unique(element, associations.put(tag, new AssociateRule(tag, needs)), "associate", tag);
            tagReferences.put(tag, element);
        }
    }

    private Need need(Element element) {
        String tag = required(element, "tag");
        List<MatchKey> match = new ArrayList<>();
        if (element.hasAttribute("match")) {
            for (String set : list(element, "match")) {
                match.addAll(keySetNamed(element, set));
            }
        }
        match.addAll(inlineKeys(element));
        Preference prefer = element.hasAttribute("prefer") ? enumValue(element, "prefer", Preference.class)
                : Preference.NEAREST;
        tagReferences.put(tag, element);
        try {
            return new Need(tag, integer(element, "min"), integer(element, "max"), match,
                    new ValidityWindow(number(element, "best-days"), number(element, "max-days")), prefer);
        } catch (IllegalArgumentException e) {
            throw fail(element, e.getMessage());
        }
    }

    private List<MatchKey> inlineKeys(Element element) {
        List<MatchKey> keys = new ArrayList<>();
        for (Element key : children(element)) {
            double tolerance = key.hasAttribute("tolerance") ? number(key, "tolerance") : 0;
            try {
                keys.add(new MatchKey(required(key, "name"), tolerance));
            } catch (IllegalArgumentException e) {
                throw fail(key, e.getMessage());
            }
        }
        return keys;
    }

    private List<MatchKey> keySetNamed(Element element, String name) {
        List<MatchKey> keys = keySets.get(name);
        if (keys == null) {
            throw fail(element, "key set " + name + " is not defined above"
                    + (keySets.isEmpty() ? "" : "; defined: " + String.join(", ", keySets.keySet())));
        }
        return keys;
    }

    private void checkTagReferences() {
        Set<String> known = new LinkedHashSet<>(categories.keySet());
        processes.values().forEach(p -> known.add(p.productTag()));
        for (Map.Entry<String, Element> reference : tagReferences.entrySet()) {
            if (!known.contains(reference.getKey())) {
                throw fail(reference.getValue(), "tag " + reference.getKey()
                        + " is neither classified nor produced by any rule of this file");
            }
        }
    }

    private void unique(Element element, Object previous, String what, String tag) {
        if (previous != null) {
            throw fail(element, "a second <" + what + "> rule for tag " + tag);
        }
    }

    private String required(Element element, String attribute) {
        String value = element.getAttribute(attribute).strip();
        if (value.isEmpty()) {
            throw fail(element, "<" + element.getTagName() + "> needs a non-empty '" + attribute + "' attribute");
        }
        return value;
    }

    private List<String> list(Element element, String attribute) {
        return List.of(required(element, attribute).split("[,\\s]+"));
    }

    private int integer(Element element, String attribute) {
        String text = required(element, attribute);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw fail(element, "'" + attribute + "' must be an integer, got \"" + text + "\"");
        }
    }

    private double number(Element element, String attribute) {
        String text = required(element, attribute);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw fail(element, "'" + attribute + "' must be a number, got \"" + text + "\"");
        }
    }

    private <E extends Enum<E>> E enumValue(Element element, String attribute, Class<E> type) {
        String text = required(element, attribute);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(element, "'" + attribute + "' must be one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", got \"" + text + "\"");
        }
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private RuleFileException fail(Element element, String message) {
        return new RuleFileException(source + " line " + LocatedXml.line(element) + ": " + message);
    }
}
