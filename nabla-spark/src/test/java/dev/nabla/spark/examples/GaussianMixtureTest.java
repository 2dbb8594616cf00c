package dev.nabla.spark.examples;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.spark.LocalSpark;
import dev.nabla.spark.fit.FitResult;
import dev.nabla.spark.fit.Lbfgs;
import dev.nabla.spark.fit.Penalty;
import dev.nabla.spark.loss.DistributedLoss;
import dev.nabla.spark.loss.LabeledRecord;
import dev.nabla.spark.loss.LossAndGradient;
import dev.nabla.spark.loss.RecordLoss;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GaussianMixtureTest {

    /** ADBench's data folder, beside the repository ({@code ../shared/data/adbench}). */
    static Path adbench() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data/adbench");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }

    @Test
    void theRecordLossAndPriorGiveAdbenchsObjectiveAndGradient() throws IOException {
        Path dir = adbench();
        Assumptions.assumeTrue(dir != null, "ADBench data (../shared/data/adbench) is not beside the repository");
        List<double[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gmm/test.txt"))) {
            if (!line.isBlank()) lines.add(Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
        }
        int d = (int) lines.get(0)[0], k = (int) lines.get(0)[1], n = (int) lines.get(0)[2];
        double[] params = new double[GaussianMixture.parameterCount(d, k)];
        int at = 0;
        for (int row = 1; row <= 3 * k; row++) for (double v : lines.get(row)) params[at++] = v;
        assertEquals(params.length, at);
        double[] x = lines.get(3 * k + 1);
        double gamma = lines.get(lines.size() - 1)[0];
        int m = (int) lines.get(lines.size() - 1)[1];

        RecordLoss loss = GaussianMixture.loss(d, k).onTape();
        Penalty prior = GaussianMixture.prior(d, k, gamma, m, 1);
        double constant = k * GaussianMixture.wishartConstant(d, gamma, m);
        double[] g = Reverse.gradient(p -> {
            Num l = loss.loss(p, x, 0).mul(-n);
            return l.add(prior.value(p)).sub(constant);
        }, params);
        double value = -n * loss.loss(dev.nabla.core.algebra.Real.of(params), x, 0).doubleValue()
                + prior.value(dev.nabla.core.algebra.Real.of(params)).doubleValue() - constant;
        assertEquals(8.07380408004975791, value, 1e-10);
        double[] expected = {0.108662855508652456, -0.741270039523898472, 0.632607184015246071,
            1.11692576532787013, 0.163333013551455269, -0.0219989824071193142, 0.227778292254236098,
            1.20963025612832187, -0.0606375920733956339,
            2.58529994051162237, 0.112632694524213789, 0.385744309849611777, 0.0735180573182305508,
            5.41836362715595232, -0.321494409677446469, 1.71892309775004937, 0.860091090790866875,
            -0.994640930466322848};
        assertArrayEquals(expected, g, 1e-10);

        DistributedLoss compiled = DistributedLoss.compiled(GaussianMixture.loss(d, k), params.length).label(null);
        LossAndGradient one = compiled.evaluateLocally(List.of(new LabeledRecord(x, 0)), params);
        double[] gp = Reverse.gradient(prior::value, params);
        double[] total = new double[params.length];
        for (int i = 0; i < total.length; i++) total[i] = -n * one.gradient()[i] + gp[i];
        assertEquals(8.07380408004975791, -n * one.loss() + prior.value(dev.nabla.core.algebra.Real.of(params)).doubleValue() - constant, 1e-10);
        assertArrayEquals(expected, total, 1e-10, "the compiled record gradient");
    }

    @Test
    void aDistributedFitRaisesTheLikelihood() {
        int d = 2, k = 3;
        long n = 3_000;
        Dataset<Row> data = GaussianMixture.generate(LocalSpark.get(), n, d, k, 4, 5).cache();
        DistributedLoss loss = DistributedLoss.compiled(GaussianMixture.loss(d, k), GaussianMixture.parameterCount(d, k)).label(null);
        FitResult fit = Lbfgs.create().maxIterations(60).tolerance(1e-9).penalty(GaussianMixture.prior(d, k, 1, 0, n))
                .minimize(loss, data, GaussianMixture.initialParameters(d, k, 1));
        double[] h = fit.lossHistory();
        assertTrue(h[h.length - 1] < h[0] - 0.5, "the negative log-posterior falls: " + Arrays.toString(h));
        double[] means = Arrays.copyOfRange(fit.parameters(), k, k + k * d);
        double[] sorted = new double[k];
        for (int c = 0; c < k; c++) sorted[c] = means[c * d];
        Arrays.sort(sorted);
        for (int c = 0; c < k; c++) assertEquals(4.0 * c, sorted[c], 0.25, "centre " + c + " of " + Arrays.toString(means));
        data.unpersist();
    }
}
