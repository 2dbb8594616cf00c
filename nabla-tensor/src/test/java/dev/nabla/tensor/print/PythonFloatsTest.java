package dev.nabla.tensor.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nabla.tensor.io.ReferenceJson;

import org.junit.jupiter.api.Test;

/** Fixed and scientific formatting against Python's own {@code format} ({@code /torch/float_format.json}). */
class PythonFloatsTest {
    @Test
    void everyValueFormatsAsPythonFormatsIt() {
        for (JsonNode c : ReferenceJson.resource("/torch/float_format.json").get("cases")) {
            double value = ReferenceJson.number(c.get("value"));
            int precision = (int) ReferenceJson.integer(c.get("precision"));
            String where = "format(" + value + ", precision " + precision + ")";
            assertEquals(c.get("fixed").textValue(), PythonFloats.fixed(value, precision), where);
            assertEquals(c.get("scientific").textValue(), PythonFloats.scientific(value, precision), where);
        }
    }

    @Test
    void specialValues() {
        assertEquals("nan", PythonFloats.fixed(Double.NaN, 4));
        assertEquals("-inf", PythonFloats.scientific(Double.NEGATIVE_INFINITY, 4));
        assertEquals("-0.0000e+00", PythonFloats.scientific(-0.0, 4));
    }
}
