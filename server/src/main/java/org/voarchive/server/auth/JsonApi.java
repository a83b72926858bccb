package org.voarchive.server.auth;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the account, token and administration APIs share: reading a request's JSON object field by
 * field with a clear 400 for anything else.
 */
public final class JsonApi {

    private JsonApi() {
    }

    /** The body as a JSON object; an empty body is an empty object. Unknown fields are refused. */
    public static JsonObject object(String body, Set<String> fields) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new AccessRequestException("the request body is not JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new AccessRequestException("the request body must be a JSON object");
        }
        JsonObject o = value.asJsonObject();
        for (String key : o.keySet()) {
            if (!fields.contains(key)) {
                throw new AccessRequestException("unknown field " + key + " (expected: "
                        + String.join(", ", fields.stream().sorted().toList()) + ")");
            }
        }
        return o;
    }

    /** A string field, or empty when absent or null. */
    public static Optional<String> string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(v instanceof JsonString s)) {
            throw new AccessRequestException(field + " must be a string");
        }
        return Optional.of(s.getString());
    }

    /** A required string field. */
    public static String requiredString(JsonObject o, String field) {
        return string(o, field).filter(s -> !s.isBlank())
                .orElseThrow(() -> new AccessRequestException(field + " is required"));
    }

    /** A boolean field, or empty when absent or null. */
    public static Optional<Boolean> bool(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw new AccessRequestException(field + " must be true or false");
        }
        return Optional.of(v == JsonValue.TRUE);
    }

    /** An integer field within bounds, or empty when absent or null. */
    public static Optional<Integer> integer(JsonObject o, String field, int min, int max) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.bigDecimalValue().compareTo(
                java.math.BigDecimal.valueOf(min)) < 0 || n.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw new AccessRequestException(field + " must be a whole number from " + min + " to " + max);
        }
        return Optional.of(n.intValue());
    }

    /** An ISO 8601 instant, or JSON null. */
    public static JsonValue time(Instant t) {
        return t == null ? JsonValue.NULL : Json.createValue(t.toString());
    }
}
