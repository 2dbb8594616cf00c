package dev.nabla.tensor.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nabla.tensor.io.ReferenceJson;
import dev.nabla.tensor.io.ReferenceTensor;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every repr of the PyTorch corpus ({@code /torch/repr.json}), reproduced character for character. */
class TorchReprCorpusTest {
    private static final JsonNode CASES = ReferenceJson.resource("/torch/repr.json").get("cases");

    @Test
    void corpusIsLargeEnough() {
        assertTrue(CASES.size() >= 150, "repr corpus has " + CASES.size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> everyReprMatchesPyTorch() {
        return ReferenceJson.values(CASES).map(c -> DynamicTest.dynamicTest(c.get("id").textValue(), () -> {
            ReferenceTensor tensor = ReferenceTensor.of(c.get("tensor"))
                    .withGrad(ReferenceJson.bool(c.get("requires_grad")), Optional.ofNullable(c.path("grad_fn").textValue()));
            TensorFormatter formatter = TensorFormatter.of(options(c.get("options")));
            assertEquals(c.get("repr").textValue(), formatter.repr(tensor));
        }));
    }

    private static PrintOptions options(JsonNode map) {
        if (map == null || map.isNull()) return PrintOptions.DEFAULT;
        PrintOptions o = "short".equals(map.path("profile").textValue()) ? PrintOptions.shortProfile() : PrintOptions.DEFAULT;
        if (map.has("precision")) o = o.withPrecision((int) ReferenceJson.integer(map.get("precision")));
        if (map.has("threshold")) o = o.withThreshold(ReferenceJson.integer(map.get("threshold")));
        if (map.has("edgeitems")) o = o.withEdgeitems((int) ReferenceJson.integer(map.get("edgeitems")));
        if (map.has("linewidth")) o = o.withLinewidth((int) ReferenceJson.integer(map.get("linewidth")));
        if (map.has("sci_mode")) o = o.withSciMode(ReferenceJson.bool(map.get("sci_mode")) ? SciMode.ON : SciMode.OFF);
        return o;
    }
}
