package dev.nabla.tensor.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nabla.tensor.io.ReferenceJson;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The generator against NumPy 1.24's {@code RandomState} ({@code /numpy/random.json}), bit for bit. */
class RandomStateTest {
    private static final JsonNode CASES = ReferenceJson.resource("/numpy/random.json").get("cases");

    @Test
    void seedZeroGivesTheNotebooksNumbers() {
        RandomState rs = RandomState.seeded(0);
        assertArrayEquals(new double[] {0.5488135039273248, 0.7151893663724195, 0.6027633760716439,
                0.5448831829968969, 0.4236547993389047, 0.6458941130666561}, rs.rand(6));
    }

    @Test
    void reseedingRestartsTheStreamAndDropsTheCachedNormal() {
        RandomState rs = RandomState.seeded(3);
        double first = rs.standardNormal();
        rs.seed(3);
        assertEquals(first, rs.standardNormal());
    }

    @Test
    void badSeedsAndRangesAreRejectedWithTheirValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RandomState.seeded(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RandomState.seeded(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> RandomState.seededByArray());
        e = assertThrows(IllegalArgumentException.class, () -> RandomState.seeded(0).randint(5, 5));
        assertTrue(e.getMessage().contains("low >= high"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RandomState.seeded(0).rand(-1));
    }

    @Test
    void copiesContinueIdentically() {
        MersenneTwister a = MersenneTwister.seeded(9);
        for (int i = 0; i < 1000; i++) a.nextInt();
        MersenneTwister b = a.copy();
        for (int i = 0; i < 2000; i++) assertEquals(a.nextInt(), b.nextInt());
    }

    @TestFactory
    Stream<DynamicNode> everySequenceMatchesNumpy() {
        return ReferenceJson.values(CASES).map(c -> DynamicContainer.dynamicContainer(name(c), checks(c)));
    }

    private static String name(JsonNode c) {
        return c.has("seed") ? "seed " + c.get("seed") + (c.has("interleaved") ? " interleaved" : "")
                : "seed array " + Arrays.toString(ReferenceJson.integers(c.get("seed_array")));
    }

    private static RandomState generator(JsonNode c) {
        if (c.has("seed")) return RandomState.seeded(ReferenceJson.integer(c.get("seed")));
        return RandomState.seededByArray(ReferenceJson.integers(c.get("seed_array")));
    }

    private static Stream<DynamicTest> checks(JsonNode c) {
        Stream.Builder<DynamicTest> tests = Stream.builder();
        if (c.has("state")) {
            tests.add(DynamicTest.dynamicTest("state after seeding", () -> {
                JsonNode state = c.get("state");
                MersenneTwister mt = generator(c).bitGenerator();
                int[] expected = Arrays.stream(ReferenceJson.integers(state.get("key"))).mapToInt(k -> (int) k).toArray();
                assertArrayEquals(expected, mt.stateKey());
                assertEquals((int) ReferenceJson.integer(state.get("pos")), mt.statePosition());
            }));
        }
        if (c.has("uint32")) {
            tests.add(DynamicTest.dynamicTest("raw 32-bit words", () -> {
                MersenneTwister mt = generator(c).bitGenerator();
                for (long v : ReferenceJson.integers(c.get("uint32"))) assertEquals(v, mt.nextUnsignedInt());
            }));
        }
        if (c.has("random_sample")) {
            tests.add(DynamicTest.dynamicTest("random_sample", () -> {
                double[] expected = ReferenceJson.numbers(c.get("random_sample"));
                assertArrayEquals(expected, generator(c).rand(expected.length));
            }));
        }
        if (c.has("standard_normal")) {
            tests.add(DynamicTest.dynamicTest("standard_normal", () -> {
                double[] expected = ReferenceJson.numbers(c.get("standard_normal"));
                double[] actual = generator(c).randn(expected.length);
                int differing = 0;
                for (int i = 0; i < expected.length; i++) {
                    if (expected[i] == actual[i]) continue;
                    differing++;
                    assertEquals(expected[i], actual[i], Math.ulp(expected[i]), "standard_normal draw " + i);
                }
                // glibc's log misrounds one r² of these draws (seed 42, the pair at draws 76 and 77); ours is the nearest double
                assertTrue(differing <= 2, differing + " of " + expected.length + " draws differ in the last bit");
            }));
        }
        if (c.has("randint")) {
            tests.add(DynamicTest.dynamicTest("randint", () -> {
                RandomState rs = generator(c);
                for (JsonNode r : c.get("randint")) {
                    long low = ReferenceJson.integer(r.get("low"));
                    long high = ReferenceJson.integer(r.get("high"));
                    long[] expected = ReferenceJson.integers(r.get("values"));
                    assertArrayEquals(expected, rs.randint(low, high, expected.length), "randint(" + low + ", " + high + ")");
                }
            }));
        }
        if (c.has("interleaved")) {
            tests.add(DynamicTest.dynamicTest("interleaved draws", () -> {
                RandomState rs = generator(c);
                for (JsonNode step : c.get("interleaved")) {
                    String draw = step.get("draw").textValue();
                    double actual = switch (draw) {
                        case "randn" -> rs.standardNormal();
                        case "rand" -> rs.randomSample();
                        case "randint" -> rs.randint(ReferenceJson.integer(step.get("low")), ReferenceJson.integer(step.get("high")));
                        case "uniform" -> rs.uniform(ReferenceJson.number(step.get("low")), ReferenceJson.number(step.get("high")));
                        case "normal" -> rs.normal(ReferenceJson.number(step.get("loc")), ReferenceJson.number(step.get("scale")));
                        default -> throw new IllegalArgumentException("unknown draw " + draw);
                    };
                    assertEquals(ReferenceJson.number(step.get("value")), actual, draw);
                }
            }));
        }
        return tests.build();
    }
}
