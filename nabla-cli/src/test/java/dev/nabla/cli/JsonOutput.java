package dev.nabla.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads the JSON the commands print, strictly (standard JSON, one value), with Jackson. */
final class JsonOutput {
    private static final ObjectMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonOutput() {}

    /** The one JSON value of {@code text}. */
    static JsonNode parse(String text) {
        try {
            return STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not one JSON value: " + text, e);
        }
    }

    /** The elements of the JSON array {@code node}, in order. */
    static Stream<JsonNode> values(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false);
    }

    /** {@code node}, which must be a JSON number, as a double. */
    static double number(JsonNode node) {
        if (node == null || !node.isNumber()) throw new AssertionError("not a JSON number: " + node);
        return node.doubleValue();
    }

    /** The elements of the JSON array {@code node}, which must all be strings. */
    static List<String> texts(JsonNode node) {
        return values(node).map(v -> {
            if (!v.isTextual()) throw new AssertionError("not a JSON string: " + v);
            return v.textValue();
        }).toList();
    }

    /** The field names of the JSON object {@code node}, in the order printed. */
    static List<String> names(JsonNode node) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(node.fieldNames(), 0), false).toList();
    }
}
