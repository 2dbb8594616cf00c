package dev.nabla.tensor.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nabla.tensor.io.ReferenceJson;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Fixed and scientific formatting against Python's own {@code format} ({@code /torch/float_format.json}). */
class PythonFloatsTest {
    @Test
    void everyValueFormatsAsPythonFormatsIt() {
        List<Object> cases = ReferenceJson.array(ReferenceJson.object(ReferenceJson.resource("/torch/float_format.json")).get("cases"));
        for (Object o : cases) {
            Map<String, Object> c = ReferenceJson.object(o);
            double value = ReferenceJson.number(c.get("value"));
            int precision = ((Long) c.get("precision")).intValue();
            String where = "format(" + value + ", precision " + precision + ")";
            assertEquals(c.get("fixed"), PythonFloats.fixed(value, precision), where);
            assertEquals(c.get("scientific"), PythonFloats.scientific(value, precision), where);
        }
    }

    @Test
    void specialValues() {
        assertEquals("nan", PythonFloats.fixed(Double.NaN, 4));
        assertEquals("-inf", PythonFloats.scientific(Double.NEGATIVE_INFINITY, 4));
        assertEquals("-0.0000e+00", PythonFloats.scientific(-0.0, 4));
    }
}
