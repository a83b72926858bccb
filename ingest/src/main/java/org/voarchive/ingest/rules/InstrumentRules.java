package org.voarchive.ingest.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.voarchive.ingest.frame.Keywords;

/**
 * One instrument's rules: classification, grouping, processing and association, as read from its rule
 * file. Immutable and thread-safe.
 */
public final class InstrumentRules {

    private static final Pattern INSTRUMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String instrument;
    private final List<ClassifyRule> classify;
    private final Map<String, Category> categories;
    private final Map<String, GroupRule> groups;
    private final Map<String, ProcessRule> processes;
    private final Map<String, AssociateRule> associations;

    InstrumentRules(String instrument, List<ClassifyRule> classify, Map<String, Category> categories,
            Map<String, GroupRule> groups, Map<String, ProcessRule> processes,
            Map<String, AssociateRule> associations) {
        this.instrument = instrument;
        this.classify = List.copyOf(classify);
        this.categories = Map.copyOf(categories);
        this.groups = Map.copyOf(groups);
        this.processes = Map.copyOf(processes);
        this.associations = Map.copyOf(associations);
    }

    /**
     * The rules of an instrument from the resource {@code <instrument>.rules.xml} beside this class,
     * e.g. {@code UVES} or {@code HAWKI}.
     *
     * @return the rules, or empty when no rule file exists for that name
     * @throws RuleFileException when the file exists but is malformed or declares another instrument
     */
    public static Optional<InstrumentRules> load(String instrument) {
        if (instrument == null || !INSTRUMENT_NAME.matcher(instrument).matches()) {
            return Optional.empty();
        }
        String name = instrument + ".rules.xml";
        try (InputStream in = InstrumentRules.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            InstrumentRules rules = RuleFileParser.parse(name, in);
            if (!rules.instrument.equals(instrument)) {
                throw new RuleFileException(name + ": declares instrument " + rules.instrument);
            }
            return Optional.of(rules);
        } catch (IOException e) {
            throw new RuleFileException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public String instrument() {
        return instrument;
    }

    /** The first classify rule, in file order, whose conditions all hold; empty when none does. */
    public Optional<Classification> classify(Keywords keywords) {
        for (ClassifyRule rule : classify) {
            if (rule.matches(keywords)) {
                return Optional.of(new Classification(rule.tag(), rule.category(), instrument));
            }
        }
        return Optional.empty();
    }

    /** The raw tags the classify rules give, in file order. */
    public Set<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        classify.forEach(rule -> tags.add(rule.tag()));
        return tags;
    }

    /** Whether the tag is a raw tag of this instrument or a product of one of its recipes. */
    public boolean knows(String tag) {
        return categories.containsKey(tag) || processes.values().stream().anyMatch(p -> p.productTag().equals(tag));
    }

    public Optional<Category> category(String tag) {
        return Optional.ofNullable(categories.get(tag));
    }

    public Optional<GroupRule> groupRule(String tag) {
        return Optional.ofNullable(groups.get(tag));
    }

    /**
     * The group key of a frame of a tag; see {@link GroupRule#groupKey(Keywords)}.
     *
     * @throws IllegalArgumentException if the tag has no group rule or the frame lacks a group-by key
     */
    public String groupKey(String tag, Keywords keywords) {
        return groupRule(tag)
                .orElseThrow(() -> new IllegalArgumentException(instrument + " has no group rule for tag " + tag))
                .groupKey(keywords);
    }

    public Optional<ProcessRule> processRule(String tag) {
        return Optional.ofNullable(processes.get(tag));
    }

    /** The needs of a frame or product of a tag, in rule order; empty when it needs nothing. */
    public List<Need> needs(String tag) {
        AssociateRule rule = associations.get(tag);
        return rule == null ? List.of() : rule.needs();
    }

    @Override
    public String toString() {
        return "InstrumentRules[" + instrument + "]";
    }
}
