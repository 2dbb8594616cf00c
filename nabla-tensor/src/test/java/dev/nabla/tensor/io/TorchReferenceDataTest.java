package dev.nabla.tensor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.tensor.DType;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private static final List<Map<String, Object>> OPS = cases("/torch/ops.json", "cases");

    @Test
    void everyPrimitiveHasCasesWithGradientsInFloat32AndFloat64() {
        for (Primitive p : Primitives.all()) {
            Set<DType> dtypes = new HashSet<>();
            for (Map<String, Object> c : OPS) {
                if (!p.name().equals(c.get("primitive"))) continue;
                if (!c.containsKey("grads") && !c.containsKey("grad_error")) continue;
                dtypes.add(ReferenceTensor.of(ReferenceJson.array(c.get("args")).get(0)).dtype());
            }
            assertTrue(dtypes.containsAll(List.of(DType.FLOAT32, DType.FLOAT64)), p.name() + " has cases in " + dtypes);
        }
    }

    @Test
    void atLeast300CasesAndGradientsShapedAsTheirInputs() {
        assertTrue(OPS.size() >= 300, OPS.size() + " cases");
        int withSecond = 0;
        for (Map<String, Object> c : OPS) {
            List<Object> args = ReferenceJson.array(c.get("args"));
            if (c.containsKey("second")) withSecond++;
            for (String key : List.of("grads", "second")) {
                if (!c.containsKey(key)) continue;
                List<Object> grads = key.equals("grads") ? ReferenceJson.array(c.get(key))
                        : ReferenceJson.array(ReferenceJson.object(c.get(key)).get("hvp"));
                assertEquals(args.size(), grads.size(), c.get("id") + " " + key);
                for (int i = 0; i < args.size(); i++) {
                    Map<String, Object> arg = ReferenceJson.object(args.get(i));
                    Object grad = grads.get(i);
                    boolean differentiable = "tensor".equals(arg.get("kind")) && Boolean.TRUE.equals(arg.get("requires_grad"));
                    if (differentiable) {
                        ReferenceTensor g = ReferenceTensor.of(grad);
                        ReferenceTensor x = ReferenceTensor.of(arg);
                        assertTrue(Arrays.equals(x.shape(), g.shape()) && x.dtype() == g.dtype(), c.get("id") + " arg " + i);
                    } else if ("tensor".equals(arg.get("kind"))) {
                        assertEquals(null, grad, c.get("id") + " arg " + i);
                    }
                }
            }
        }
        assertTrue(withSecond >= 100, withSecond + " cases with second derivatives");
    }

    @Test
    void trainingRunsHave100FallingLosses() {
        List<Map<String, Object>> runs = cases("/torch/training.json", "runs");
        assertEquals(Set.of("logistic_regression_sgd", "logistic_regression_adam", "mlp_sgd", "mlp_adam"),
                runs.stream().map(r -> (String) r.get("id")).collect(Collectors.toSet()));
        for (Map<String, Object> run : runs) {
            List<Object> losses = ReferenceJson.array(run.get("losses"));
            assertEquals(100, losses.size());
            double first = ReferenceJson.number(losses.get(0));
            double last = ReferenceJson.number(losses.get(99));
            assertTrue(last < 0.6 * first, run.get("id") + ": " + first + " -> " + last);
        }
    }

    private static List<Map<String, Object>> cases(String resource, String key) {
        return ReferenceJson.array(ReferenceJson.object(ReferenceJson.resource(resource)).get(key)).stream()
                .map(ReferenceJson::object).collect(Collectors.toList());
    }
}
