package org.voarchive.ingest.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mandatory keywords and their types, per instrument, from {@code <INSTRUME>.keywords} resources plus
 * {@code common.keywords}. Each line names a scope ({@code *} for every frame, or a DPR CATG such as
 * {@code SCIENCE}), an OCA-style keyword and a type.
 */
public final class KeywordRules {

    /** What a keyword's value must be. */
    public enum Type {
        STRING, NUMBER, INTEGER
    }

    /** One line of a rule file. */
    public record Rule(String scope, String keyword, Type type) {

        boolean appliesTo(String dprCatg) {
            return scope.equals("*") || scope.equalsIgnoreCase(dprCatg);
        }
    }

    private final String instrument;
    private final List<Rule> rules;

    private KeywordRules(String instrument, List<Rule> rules) {
        this.instrument = instrument;
        this.rules = List.copyOf(rules);
    }

    /** The rules of an instrument, or empty when the archive does not know it. */
    public static Optional<KeywordRules> forInstrument(String instrument) {
        if (!instrument.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        List<Rule> instrumentRules = read(instrument + ".keywords");
        if (instrumentRules == null) {
            return Optional.empty();
        }
        List<Rule> all = new ArrayList<>(read("common.keywords"));
        all.addAll(instrumentRules);
        return Optional.of(new KeywordRules(instrument, all));
    }

    public String instrument() {
        return instrument;
    }

    public List<Rule> rules() {
        return rules;
    }

    private static List<Rule> read(String name) {
        InputStream in = KeywordRules.class.getResourceAsStream(name);
        if (in == null) {
            return null;
        }
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split("\\s+");
                if (fields.length != 3) {
                    throw new IllegalStateException(name + ":" + number + ": expected scope, keyword and type");
                }
                rules.add(new Rule(fields[0], fields[1], Type.valueOf(fields[2].toUpperCase())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
