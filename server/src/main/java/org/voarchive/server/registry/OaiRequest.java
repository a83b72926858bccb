package org.voarchive.server.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One valid OAI-PMH request: its verb and arguments, checked once against the protocol's rules.
 *
 * @param verb the verb
 * @param arguments every argument but the verb, as given, in the order given (echoed in the response)
 */
public record OaiRequest(OaiVerb verb, Map<String, String> arguments) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    /** What OAI-PMH.xsd allows for metadataPrefix and setSpec, so that the request can be echoed. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");
    private static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");

    public OaiRequest {
        arguments = Map.copyOf(arguments);
    }

    /**
     * Checks a request's parameters (from the query string or a form).
     *
     * @throws OaiException {@code badVerb} for a missing, repeated or unknown verb; {@code badArgument}
     *     for a missing, repeated, unknown or malformed argument, or a resumption token with company
     */
    public static OaiRequest parse(Map<String, List<String>> parameters) throws OaiException {
        List<String> verbs = parameters.getOrDefault("verb", List.of());
        if (verbs.isEmpty()) {
            throw new OaiException(OaiError.badVerb, "the request names no verb");
        }
        if (verbs.size() > 1) {
            throw new OaiException(OaiError.badVerb, "the verb is given more than once");
        }
        OaiVerb verb;
        try {
            verb = OaiVerb.valueOf(verbs.get(0));
        } catch (IllegalArgumentException e) {
            throw new OaiException(OaiError.badVerb, "no such verb: " + verbs.get(0));
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String name = p.getKey();
            if (name.equals("verb")) {
                continue;
            }
            boolean token = name.equals("resumptionToken") && verb.resumable();
            if (!token && !verb.allowed().contains(name)) {
                throw new OaiException(OaiError.badArgument, verb + " takes no argument " + name);
            }
            if (p.getValue().size() != 1) {
                throw new OaiException(OaiError.badArgument, "the argument " + name + " is given more than once");
            }
            arguments.put(name, p.getValue().get(0));
        }
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                throw new OaiException(OaiError.badArgument, "a resumptionToken is the only argument besides the verb");
            }
        } else {
            for (String name : verb.required()) {
                if (!arguments.containsKey(name) || arguments.get(name).isBlank()) {
                    throw new OaiException(OaiError.badArgument, verb + " needs the argument " + name);
                }
            }
        }
        if (arguments.containsKey("metadataPrefix") && !PREFIX.matcher(arguments.get("metadataPrefix")).matches()) {
            throw new OaiException(OaiError.badArgument, "not a metadataPrefix: " + arguments.get("metadataPrefix"));
        }
        if (arguments.containsKey("set") && !SET_SPEC.matcher(arguments.get("set")).matches()) {
            throw new OaiException(OaiError.badArgument, "not a setSpec: " + arguments.get("set"));
        }
        OaiRequest request = new OaiRequest(verb, arguments);
        Optional<Instant> from = request.from();
        Optional<Instant> until = request.until();
        String f = arguments.get("from");
        String u = arguments.get("until");
        if (f != null && u != null && f.length() != u.length()) {
            throw new OaiException(OaiError.badArgument, "from and until must have the same granularity");
        }
        if (from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
            throw new OaiException(OaiError.badArgument, "from is later than until");
        }
        return request;
    }

    /** An argument, or empty when not given. */
    public Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }

    /** The first instant {@code from} admits, or empty. */
    public Optional<Instant> from() throws OaiException {
        return argument("from").isEmpty() ? Optional.empty() : Optional.of(datestamp("from", false));
    }

    /** The last instant {@code until} admits (the end of its day for a date), or empty. */
    public Optional<Instant> until() throws OaiException {
        return argument("until").isEmpty() ? Optional.empty() : Optional.of(datestamp("until", true));
    }

    private Instant datestamp(String name, boolean endOfDay) throws OaiException {
        String value = arguments.get(name);
        try {
            if (DAY.matcher(value).matches()) {
                Instant start = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                return endOfDay ? start.plusSeconds(86_399) : start;
            }
            if (SECOND.matcher(value).matches()) {
                return Instant.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the one message for every malformed datestamp
        }
        throw new OaiException(OaiError.badArgument,
                name + " must be a UTC datestamp YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ: " + value);
    }
}
