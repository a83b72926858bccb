package org.voarchive.ingest.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.voarchive.ingest.frame.Keywords;

/** The rules of every instrument the archive knows. Immutable and thread-safe. */
public final class RuleBook {

    /** The instruments whose rule files ship with the engine. */
    public static final List<String> INSTRUMENTS = List.of("UVES", "HAWKI");

    private final Map<String, InstrumentRules> rules;

    public RuleBook(List<InstrumentRules> rules) {
        Map<String, InstrumentRules> byName = new LinkedHashMap<>();
        for (InstrumentRules r : rules) {
            if (byName.put(r.instrument(), r) != null) {
                throw new IllegalArgumentException("two rule sets for instrument " + r.instrument());
            }
        }
        this.rules = byName;
    }

    /**
     * The rule book of {@link #INSTRUMENTS}, from their rule files.
     *
     * @throws RuleFileException when a rule file is missing or malformed
     */
    public static RuleBook load() {
        return new RuleBook(INSTRUMENTS.stream()
                .map(name -> InstrumentRules.load(name)
                        .orElseThrow(() -> new RuleFileException(name + ".rules.xml: not found on the class path")))
                .toList());
    }

    /** Every keyword an association rule of any instrument compares: what a calibration catalog must provide. */
    public Set<String> matchKeys() {
        Set<String> keys = new java.util.TreeSet<>();
        for (InstrumentRules r : rules.values()) {
            for (String tag : r.tags()) {
                r.needs(tag).forEach(need -> need.match().forEach(m -> keys.add(m.key())));
            }
        }
        return keys;
    }

    public Set<String> instruments() {
        return rules.keySet();
    }

    public Optional<InstrumentRules> rules(String instrument) {
        return Optional.ofNullable(rules.get(instrument));
    }

    /**
     * The rules of an instrument.
     *
     * @throws IllegalArgumentException naming the known instruments when there are none for it
     */
    public InstrumentRules require(String instrument) {
        InstrumentRules r = rules.get(instrument);
        if (r == null) {
            throw new IllegalArgumentException("no rules for instrument " + instrument + "; known: "
                    + String.join(", ", rules.keySet()));
        }
        return r;
    }

    /**
     * Classifies a frame by the rules of each instrument in turn (every rule file checks INSTRUME
     * itself); empty when no instrument's rules give it a tag.
     */
    public Optional<Classification> classify(Keywords keywords) {
        for (InstrumentRules r : rules.values()) {
            Optional<Classification> classification = r.classify(keywords);
            if (classification.isPresent()) {
                return classification;
            }
        }
        return Optional.empty();
    }
}
