package dev.nabla.tensor.optim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nabla.tensor.Tensor;
import dev.nabla.tensor.io.ReferenceJson;
import dev.nabla.tensor.io.ReferenceTensor;
import dev.nabla.tensor.nn.NN;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Training side by side with PyTorch ({@code torch/training.json}): the same model, data and initial weights,
 * 100 full-batch float64 steps of SGD (momentum, weight decay) or Adam; every loss of the curve agrees to a
 * relative 1e-9, and so do the final parameters.
 */
class TrainingParityTest {

    private static final double RTOL = 1e-9;

    @TestFactory
    Stream<DynamicTest> everyRun() {
        JsonNode runs = ReferenceJson.resource("/torch/training.json").get("runs");
        return ReferenceJson.values(runs).map(run -> DynamicTest.dynamicTest(run.get("id").textValue(), () -> train(run)));
    }

    static Tensor tensor(JsonNode json) {
        ReferenceTensor r = ReferenceTensor.of(json);
        int[] shape = r.shape();
        return switch (r.dtype()) {
            case FLOAT64 -> Tensor.fromArray(r.doubles().clone(), shape);
            case INT64 -> Tensor.fromArray(r.longs().clone(), shape);
            default -> throw new IllegalArgumentException("unexpected dtype " + r.dtype());
        };
    }

    private static void train(JsonNode run) {
        Tensor x = tensor(run.get("x")), y = tensor(run.get("y"));
        JsonNode initial = run.get("initial");
        List<String> order = new ArrayList<>();
        for (JsonNode o : run.get("parameter_order")) order.add(o.textValue());
        List<Tensor> params = new ArrayList<>();
        for (String name : order) params.add(tensor(initial.get(name)).requiresGrad_(true));

        Function<List<Tensor>, Tensor> loss = switch (run.get("model").textValue()) {
            case "logistic_regression" -> p -> NN.binaryCrossEntropyWithLogits(NN.linear(x, p.get(0), p.get(1)).reshape(-1), y);
            case "mlp" -> p -> NN.crossEntropy(NN.linear(NN.linear(x, p.get(0), p.get(1)).tanh(), p.get(2), p.get(3)), y);
            default -> throw new IllegalArgumentException("unknown model " + run.get("model"));
        };
        JsonNode h = run.get("hyperparameters");
        double lr = ReferenceJson.number(h.get("lr")), wd = ReferenceJson.number(h.get("weight_decay"));
        Optimizer opt = switch (run.get("optimizer").textValue()) {
            case "sgd" -> SGD.of(params, lr, ReferenceJson.number(h.get("momentum")), ReferenceJson.number(h.get("dampening")),
                    wd, ReferenceJson.bool(h.get("nesterov")));
            case "adam" -> {
                JsonNode betas = h.get("betas");
                yield Adam.of(params, lr, ReferenceJson.number(betas.get(0)), ReferenceJson.number(betas.get(1)),
                        ReferenceJson.number(h.get("eps")), wd, ReferenceJson.bool(h.get("amsgrad")));
            }
            default -> throw new IllegalArgumentException("unknown optimizer " + run.get("optimizer"));
        };

        JsonNode expected = run.get("losses");
        for (int step = 0; step < expected.size(); step++) {
            opt.zeroGrad();
            Tensor l = loss.apply(params);
            l.backward();
            double mine = l.item(), torch = ReferenceJson.number(expected.get(step));
            if (!(Math.abs(mine - torch) <= RTOL * Math.abs(torch))) {
                fail(run.get("id").textValue() + ": loss at step " + step + " is " + mine + ", PyTorch has " + torch);
            }
            opt.step();
        }
        assertTrue(expected.get(expected.size() - 1).isNumber());
        double first = ReferenceJson.number(expected.get(0)), last = ReferenceJson.number(expected.get(expected.size() - 1));
        assertTrue(last < first, "the loss falls");
        JsonNode fin = run.get("final");
        for (int i = 0; i < order.size(); i++) {
            double[] want = tensor(fin.get(order.get(i))).toDoubleArray(), got = params.get(i).toDoubleArray();
            for (int k = 0; k < want.length; k++) {
                if (!(Math.abs(got[k] - want[k]) <= RTOL * Math.abs(want[k]) + 1e-12)) {
                    fail(run.get("id").textValue() + ": final " + order.get(i) + "[" + k + "] is " + got[k] + ", PyTorch has " + want[k]);
                }
            }
        }
    }
}
