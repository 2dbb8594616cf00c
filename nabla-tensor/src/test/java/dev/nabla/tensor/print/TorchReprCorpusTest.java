package dev.nabla.tensor.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.tensor.io.ReferenceJson;
import dev.nabla.tensor.io.ReferenceTensor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every repr of the PyTorch corpus ({@code /torch/repr.json}), reproduced character for character. */
class TorchReprCorpusTest {
    private static final List<Object> CASES =
            ReferenceJson.array(ReferenceJson.object(ReferenceJson.resource("/torch/repr.json")).get("cases"));

    @Test
    void corpusIsLargeEnough() {
        assertTrue(CASES.size() >= 150, "repr corpus has " + CASES.size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> everyReprMatchesPyTorch() {
        return CASES.stream().map(ReferenceJson::object).map(c -> DynamicTest.dynamicTest((String) c.get("id"), () -> {
            ReferenceTensor tensor = ReferenceTensor.of(c.get("tensor"))
                    .withGrad((Boolean) c.get("requires_grad"), Optional.ofNullable((String) c.get("grad_fn")));
            TensorFormatter formatter = TensorFormatter.of(options(c.get("options")));
            assertEquals(c.get("repr"), formatter.repr(tensor));
        }));
    }

    private static PrintOptions options(Object json) {
        if (json == null) return PrintOptions.DEFAULT;
        Map<String, Object> map = ReferenceJson.object(json);
        PrintOptions o = "short".equals(map.get("profile")) ? PrintOptions.shortProfile() : PrintOptions.DEFAULT;
        if (map.containsKey("precision")) o = o.withPrecision(((Long) map.get("precision")).intValue());
        if (map.containsKey("threshold")) o = o.withThreshold((Long) map.get("threshold"));
        if (map.containsKey("edgeitems")) o = o.withEdgeitems(((Long) map.get("edgeitems")).intValue());
        if (map.containsKey("linewidth")) o = o.withLinewidth(((Long) map.get("linewidth")).intValue());
        if (map.containsKey("sci_mode")) o = o.withSciMode((Boolean) map.get("sci_mode") ? SciMode.ON : SciMode.OFF);
        return o;
    }
}
