package dev.nabla.bench.adbench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReaderTest {

    @Test
    void readsWhatTheWriterWrites() {
        String text = new JsonWriter().field("a", 1.5).field("s", "q\"\\").field("v", new double[] {1e-300, -2})
                .field("o", new JsonWriter().field("n", 3L)).toString();
        Map<?, ?> m = (Map<?, ?>) JsonReader.parse(text);
        assertEquals(1.5, m.get("a"));
        assertEquals("q\"\\", m.get("s"));
        assertEquals(List.of(1e-300, -2.0), m.get("v"));
        assertEquals(Map.of("n", 3.0), m.get("o"));
    }

    @Test
    void errorsNameTheOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\" 1}"));
        assertTrue(e.getMessage().contains("offset 5"), e.getMessage());
    }
}
