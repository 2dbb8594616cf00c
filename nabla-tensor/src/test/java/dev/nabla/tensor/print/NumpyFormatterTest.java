package dev.nabla.tensor.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nabla.tensor.io.ReferenceJson;
import dev.nabla.tensor.io.ReferenceTensor;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** NumPy's {@code str} and {@code repr} of arrays ({@code /numpy/print.json}), character for character. */
class NumpyFormatterTest {

    @Test
    void theNotebooksArray() {
        ReferenceTensor x = ReferenceTensor.of(ReferenceJson.parse("{\"dtype\": \"float64\", \"shape\": [2, 3], \"data\": "
                + "[100.0, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969, 0.4236547993389047, 0.6458941130666561]}"));
        assertEquals("[[100.           0.71518937   0.60276338]\n [  0.54488318   0.4236548    0.64589411]]", NumpyFormatter.str(x));
    }

    @TestFactory
    Stream<DynamicTest> everyArrayPrintsAsNumpyPrintsIt() {
        return ReferenceJson.values(ReferenceJson.resource("/numpy/print.json").get("cases"))
                .map(c -> DynamicTest.dynamicTest(c.get("id").textValue(), () -> {
                    ReferenceTensor array = ReferenceTensor.of(c.get("array"));
                    assertEquals(c.get("str").textValue(), NumpyFormatter.str(array), "str");
                    assertEquals(c.get("repr").textValue(), NumpyFormatter.repr(array), "repr");
                }));
    }
}
