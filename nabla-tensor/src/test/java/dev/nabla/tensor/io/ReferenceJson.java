package dev.nabla.tensor.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The committed reference data (tests only), read with Jackson as standard JSON: floats parse to the exact
 * doubles Python wrote. The generators write with {@code allow_nan=False}, so non-finite values arrive as the
 * strings {@code "nan"}, {@code "inf"} and {@code "-inf"}, which {@link #number} reads.
 */
public final class ReferenceJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private ReferenceJson() {}

    /** The value in {@code text}. */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
        }
    }

    /** The value in the class-path resource {@code name} (e.g. {@code "/torch/repr.json"}). */
    public static JsonNode resource(String name) {
        try (InputStream in = ReferenceJson.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no resource " + name);
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    /** The elements of an array (or the values of an object), in order. */
    public static Stream<JsonNode> values(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false);
    }

    /** A JSON number or one of the strings {@code "nan"}, {@code "inf"}, {@code "-inf"} as a double. */
    public static double number(JsonNode value) {
        if (value.isNumber()) return value.doubleValue();
        switch (value.isTextual() ? value.textValue() : "") {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: throw new IllegalArgumentException("not a number: " + value);
        }
    }

    /** Every element of the JSON array {@code values} as {@link #number}. */
    public static double[] numbers(JsonNode values) {
        return values(values).mapToDouble(ReferenceJson::number).toArray();
    }

    /** A JSON integer as a long. */
    public static long integer(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) throw new IllegalArgumentException("not a long: " + value);
        return value.longValue();
    }

    /** A JSON {@code true} or {@code false}. */
    public static boolean bool(JsonNode value) {
        if (!value.isBoolean()) throw new IllegalArgumentException("not a bool: " + value);
        return value.booleanValue();
    }

    /** Every element of the JSON array {@code values} as {@link #integer}. */
    public static long[] integers(JsonNode values) {
        return values(values).mapToLong(ReferenceJson::integer).toArray();
    }
}
