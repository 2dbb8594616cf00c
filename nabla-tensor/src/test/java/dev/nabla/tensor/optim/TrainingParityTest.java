package dev.nabla.tensor.optim;

import dev.nabla.tensor.Tensor;
import dev.nabla.tensor.io.ReferenceJson;
import dev.nabla.tensor.io.ReferenceTensor;
import dev.nabla.tensor.nn.NN;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<Object> runs = ReferenceJson.array(ReferenceJson.object(ReferenceJson.resource("/torch/training.json")).get("runs"));
        return runs.stream().map(r -> {
            Map<String, Object> run = ReferenceJson.object(r);
            return DynamicTest.dynamicTest((String) run.get("id"), () -> train(run));
        });
    }

    static Tensor tensor(Object json) {
        ReferenceTensor r = ReferenceTensor.of(json);
        int[] shape = r.shape();
        return switch (r.dtype()) {
            case FLOAT64 -> Tensor.fromArray(r.doubles().clone(), shape);
            case INT64 -> Tensor.fromArray(r.longs().clone(), shape);
            default -> throw new IllegalArgumentException("unexpected dtype " + r.dtype());
        };
    }

    private static void train(Map<String, Object> run) {
        Tensor x = tensor(run.get("x")), y = tensor(run.get("y"));
        Map<String, Object> initial = ReferenceJson.object(run.get("initial"));
        List<String> order = new ArrayList<>();
        for (Object o : ReferenceJson.array(run.get("parameter_order"))) order.add((String) o);
        List<Tensor> params = new ArrayList<>();
        for (String name : order) params.add(tensor(initial.get(name)).requiresGrad_(true));

        Function<List<Tensor>, Tensor> loss = switch ((String) run.get("model")) {
            case "logistic_regression" -> p -> NN.binaryCrossEntropyWithLogits(NN.linear(x, p.get(0), p.get(1)).reshape(-1), y);
            case "mlp" -> p -> NN.crossEntropy(NN.linear(NN.linear(x, p.get(0), p.get(1)).tanh(), p.get(2), p.get(3)), y);
            default -> throw new IllegalArgumentException("unknown model " + run.get("model"));
        };
        Map<String, Object> h = ReferenceJson.object(run.get("hyperparameters"));
        double lr = ReferenceJson.number(h.get("lr")), wd = ReferenceJson.number(h.get("weight_decay"));
        Optimizer opt = switch ((String) run.get("optimizer")) {
            case "sgd" -> SGD.of(params, lr, ReferenceJson.number(h.get("momentum")), ReferenceJson.number(h.get("dampening")),
                    wd, (Boolean) h.get("nesterov"));
            case "adam" -> {
                List<Object> betas = ReferenceJson.array(h.get("betas"));
                yield Adam.of(params, lr, ReferenceJson.number(betas.get(0)), ReferenceJson.number(betas.get(1)),
                        ReferenceJson.number(h.get("eps")), wd, (Boolean) h.get("amsgrad"));
            }
            default -> throw new IllegalArgumentException("unknown optimizer " + run.get("optimizer"));
        };

        List<Object> expected = ReferenceJson.array(run.get("losses"));
        for (int step = 0; step < expected.size(); step++) {
            opt.zeroGrad();
            Tensor l = loss.apply(params);
            l.backward();
            double mine = l.item(), torch = ReferenceJson.number(expected.get(step));
            if (!(Math.abs(mine - torch) <= RTOL * Math.abs(torch))) {
                fail(run.get("id") + ": loss at step " + step + " is " + mine + ", PyTorch has " + torch);
            }
            opt.step();
        }
        assertTrue(expected.get(expected.size() - 1) instanceof Number);
        double first = ReferenceJson.number(expected.get(0)), last = ReferenceJson.number(expected.get(expected.size() - 1));
        assertTrue(last < first, "the loss falls");
        Map<String, Object> fin = ReferenceJson.object(run.get("final"));
        for (int i = 0; i < order.size(); i++) {
            double[] want = tensor(fin.get(order.get(i))).toDoubleArray(), got = params.get(i).toDoubleArray();
            for (int k = 0; k < want.length; k++) {
                if (!(Math.abs(got[k] - want[k]) <= RTOL * Math.abs(want[k]) + 1e-12)) {
                    fail(run.get("id") + ": final " + order.get(i) + "[" + k + "] is " + got[k] + ", PyTorch has " + want[k]);
                }
            }
        }
    }
}
