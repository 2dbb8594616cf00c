package dev.nabla.bench.adbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonWriterTest {

    @Test
    void writesWhatAJsonLibraryReadsBack() throws IOException {
        String text = new JsonWriter().field("a", 1.5).field("s", "q\"\\").field("v", new double[] {1e-300, -2})
                .field("o", new JsonWriter().field("n", 3L)).toString();
        JsonNode m = new ObjectMapper().readTree(text);
        assertEquals(1.5, m.get("a").doubleValue());
        assertEquals("q\"\\", m.get("s").textValue());
        assertEquals(2, m.get("v").size());
        assertEquals(1e-300, m.get("v").get(0).doubleValue());
        assertEquals(-2.0, m.get("v").get(1).doubleValue());
        assertEquals(1, m.get("o").size());
        assertEquals(3L, m.get("o").get("n").longValue());
    }
}
