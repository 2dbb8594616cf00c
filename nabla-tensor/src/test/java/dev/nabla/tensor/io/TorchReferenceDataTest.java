package dev.nabla.tensor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.tensor.DType;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The committed PyTorch data ({@code /torch/ops.json}, {@code /torch/training.json}) is complete and
 * consistent: every primitive of the rule table has cases with gradients in both float types, each
 * gradient has its input's shape, each training run has its 100 losses. A primitive added to the
 * table without regenerating the data fails here.
 */
class TorchReferenceDataTest {
    private static final JsonNode OPS = ReferenceJson.resource("/torch/ops.json").get("cases");

    @Test
    void everyPrimitiveHasCasesWithGradientsInFloat32AndFloat64() {
        for (Primitive p : Primitives.all()) {
            Set<DType> dtypes = new HashSet<>();
            for (JsonNode c : OPS) {
                if (!p.name().equals(c.path("primitive").textValue())) continue;
                if (!c.has("grads") && !c.has("grad_error")) continue;
                dtypes.add(ReferenceTensor.of(c.get("args").get(0)).dtype());
            }
            assertTrue(dtypes.containsAll(List.of(DType.FLOAT32, DType.FLOAT64)), p.name() + " has cases in " + dtypes);
        }
    }

    @Test
    void atLeast300CasesAndGradientsShapedAsTheirInputs() {
        assertTrue(OPS.size() >= 300, OPS.size() + " cases");
        int withSecond = 0;
        for (JsonNode c : OPS) {
            JsonNode args = c.get("args");
            String id = c.get("id").textValue();
            if (c.has("second")) withSecond++;
            for (String key : List.of("grads", "second")) {
                if (!c.has(key)) continue;
                JsonNode grads = key.equals("grads") ? c.get(key) : c.get(key).get("hvp");
                assertTrue(args.isArray() && grads.isArray(), id + " " + key);
                assertEquals(args.size(), grads.size(), id + " " + key);
                for (int i = 0; i < args.size(); i++) {
                    JsonNode arg = args.get(i);
                    JsonNode grad = grads.get(i);
                    boolean differentiable = "tensor".equals(arg.path("kind").textValue()) && BooleanNode.TRUE.equals(arg.get("requires_grad"));
                    if (differentiable) {
                        ReferenceTensor g = ReferenceTensor.of(grad);
                        ReferenceTensor x = ReferenceTensor.of(arg);
                        assertTrue(Arrays.equals(x.shape(), g.shape()) && x.dtype() == g.dtype(), id + " arg " + i);
                    } else if ("tensor".equals(arg.path("kind").textValue())) {
                        assertTrue(grad.isNull(), id + " arg " + i);
                    }
                }
            }
        }
        assertTrue(withSecond >= 100, withSecond + " cases with second derivatives");
    }

    @Test
    void trainingRunsHave100FallingLosses() {
        JsonNode runs = ReferenceJson.resource("/torch/training.json").get("runs");
        assertEquals(Set.of("logistic_regression_sgd", "logistic_regression_adam", "mlp_sgd", "mlp_adam"),
                ReferenceJson.values(runs).map(r -> r.get("id").textValue()).collect(Collectors.toSet()));
        for (JsonNode run : runs) {
            JsonNode losses = run.get("losses");
            assertEquals(100, losses.size());
            double first = ReferenceJson.number(losses.get(0));
            double last = ReferenceJson.number(losses.get(99));
            assertTrue(last < 0.6 * first, run.get("id").textValue() + ": " + first + " -> " + last);
        }
    }
}
