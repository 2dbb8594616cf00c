package dev.nabla.tensor.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nabla.tensor.io.ReferenceJson;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** PyTorch 1.13's CPU generator after {@code torch.manual_seed} ({@code /torch/generator.json}). */
class TorchGeneratorTest {
    private static final JsonNode CASES = ReferenceJson.resource("/torch/generator.json").get("cases");

    @Test
    void manualSeedZeroThenRand() {
        float[] r = TorchGenerator.manualSeed(0).randFloat32(3);
        assertArrayEquals(new float[] {0.49625658988952637f, 0.7682217955589294f, 0.08847743272781372f}, r);
    }

    @Test
    void reseedingRestartsAndRangesAreChecked() {
        TorchGenerator g = TorchGenerator.manualSeed(5);
        double[] first = g.randnFloat64(3);
        g.reseed(5);
        assertArrayEquals(first, g.randnFloat64(3));
        assertThrows(IllegalArgumentException.class, () -> g.randint(3, 3));
    }

    @TestFactory
    Stream<DynamicTest> everyDrawMatchesPyTorch() {
        return ReferenceJson.values(CASES).map(c -> DynamicTest.dynamicTest("seed " + c.get("seed"), () -> check(c)));
    }

    private static void check(JsonNode c) {
        long seed = ReferenceJson.integer(c.get("seed"));
        double[] rand32 = ReferenceJson.numbers(c.get("rand_float32"));
        float[] actual32 = TorchGenerator.manualSeed(seed).randFloat32(rand32.length);
        for (int i = 0; i < rand32.length; i++) assertEquals((float) rand32[i], actual32[i], "rand float32 " + i);
        double[] rand64 = ReferenceJson.numbers(c.get("rand_float64"));
        assertArrayEquals(rand64, TorchGenerator.manualSeed(seed).randFloat64(rand64.length), "rand float64");
        TorchGenerator g = TorchGenerator.manualSeed(seed);
        for (JsonNode r : c.get("randint")) {
            long[] expected = ReferenceJson.integers(r.get("values"));
            assertArrayEquals(expected, g.randint(ReferenceJson.integer(r.get("low")), ReferenceJson.integer(r.get("high")), expected.length),
                    "randint " + r);
        }
        for (int n : new int[] {5, 16, 37}) {
            double[] expected64 = ReferenceJson.numbers(c.get("randn_float64_" + n));
            double[] actual64 = TorchGenerator.manualSeed(seed).randnFloat64(n);
            for (int i = 0; i < n; i++) {
                assertEquals(expected64[i], actual64[i], 4 * Math.ulp(expected64[i]), "randn float64 n=" + n + " element " + i);
            }
            double[] expected32 = ReferenceJson.numbers(c.get("randn_float32_" + n));
            float[] actual32n = TorchGenerator.manualSeed(seed).randnFloat32(n);
            for (int i = 0; i < n; i++) {
                assertEquals(expected32[i], actual32n[i], 1e-6 * Math.max(1, Math.abs(expected32[i])), "randn float32 n=" + n + " element " + i);
            }
        }
        double[] cached = ReferenceJson.numbers(c.get("randn_float64_3_then_2"));
        TorchGenerator h = TorchGenerator.manualSeed(seed);
        double[] a = h.randnFloat64(3);
        double[] b = h.randnFloat64(2);
        double[] both = {a[0], a[1], a[2], b[0], b[1]};
        for (int i = 0; i < 5; i++) assertEquals(cached[i], both[i], 4 * Math.ulp(cached[i]), "cached normal, element " + i);
    }
}
