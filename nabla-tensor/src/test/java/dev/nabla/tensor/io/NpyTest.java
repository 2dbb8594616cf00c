package dev.nabla.tensor.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.nabla.tensor.DType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Files written by NumPy 1.24 ({@code /numpy/npy/}, described by {@code /numpy/npy.json}), read and written back. */
class NpyTest {
    private static final JsonNode FILES = ReferenceJson.resource("/numpy/npy.json").get("files");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyNumpyFileReadsAsNumpyDescribesIt() {
        return ReferenceJson.values(FILES).filter(f -> !f.has("error"))
                .map(f -> DynamicTest.dynamicTest(f.get("file").textValue(), () -> {
                    String name = f.get("file").textValue();
                    NpyArray array = Npy.read(new ByteArrayInputStream(bytes(name)), name);
                    ReferenceTensor expected = ReferenceTensor.of(f);
                    assertEquals(expected.dtype(), array.dtype());
                    assertArrayEquals(expected.shape(), array.shape());
                    assertEquals(expected.numel(), array.size());
                    for (int i = 0; i < array.size(); i++) {
                        switch (array.dtype()) {
                            case FLOAT64 -> assertEquals(expected.doubleAt(i), array.doubles()[i], "element " + i);
                            case FLOAT32 -> assertEquals((float) expected.doubleAt(i), array.floats()[i], "element " + i);
                            case INT64 -> assertEquals(expected.longAt(i), array.longs()[i], "element " + i);
                            case BOOL -> assertEquals(expected.longAt(i) != 0, array.booleans()[i], "element " + i);
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> writingGivesNumpysBytes() {
        return ReferenceJson.values(FILES)
                .filter(f -> !f.has("error") && BooleanNode.FALSE.equals(f.get("fortran_order"))
                        && List.of("<f8", "<f4", "<i8", "|b1").contains(f.get("descr").textValue())
                        && ReferenceJson.integer(f.get("version").get(0)) == 1)
                .map(f -> DynamicTest.dynamicTest(f.get("file").textValue(), () -> {
                    String name = f.get("file").textValue();
                    byte[] numpy = bytes(name);
                    NpyArray array = Npy.read(new ByteArrayInputStream(numpy), name);
                    assertArrayEquals(numpy, Npy.toBytes(array));
                }));
    }

    @TestFactory
    Stream<DynamicTest> damagedFilesAreRejectedNamingFileAndProblem() {
        Map<String, String> words = Map.of("magic", "bad magic", "version", "version", "truncated", "ends",
                "dtype", "unsupported dtype", "header", "header");
        return ReferenceJson.values(FILES).filter(f -> f.has("error"))
                .map(f -> DynamicTest.dynamicTest(f.get("file").textValue(), () -> {
                    String name = f.get("file").textValue();
                    Path file = dir.resolve(name);
                    Files.write(file, bytes(name));
                    NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.read(file));
                    String message = e.getMessage();
                    assertTrue(message.startsWith(file.toString() + ": "), message);
                    String reason = f.get("error").textValue();
                    boolean named = message.contains(words.get(reason))
                            || reason.equals("truncated") && (message.contains("truncated") || message.contains("empty"));
                    assertTrue(named, "expected a message about " + reason + ": " + message);
                }));
    }

    @Test
    void roundTripsThroughFilesEveryDtypeAndShape() throws IOException {
        NpyArray[] arrays = {
            NpyArray.of(new int[] {2, 3}, new double[] {1.5, -0.0, Double.NaN, Double.MIN_VALUE, 1e300, -7}),
            NpyArray.of(new int[] {3, 1, 2}, new float[] {1.5f, -2f, Float.NaN, Float.MIN_VALUE, 3e38f, 0.1f}),
            NpyArray.of(new int[] {4}, new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}),
            NpyArray.of(new int[] {2, 2}, new boolean[] {true, false, false, true}),
            NpyArray.of(new int[] {}, new double[] {3.25}),
            NpyArray.of(new int[] {0, 5}, new double[0]),
            NpyArray.of(new int[] {2, 0, 3}, new long[0]),
        };
        for (NpyArray array : arrays) {
            Path file = dir.resolve("a.npy");
            Npy.write(file, array);
            assertEquals(array, Npy.read(file), array.toString());
            long dataBytes = (long) array.size() * (array.dtype() == DType.BOOL ? 1 : array.dtype().itemSize());
            assertEquals(0, (Files.size(file) - dataBytes) % 64, "header padded to a multiple of 64 bytes");
        }
    }

    @Test
    void aHeaderLongerThan65535BytesIsWrittenAsVersion2() throws IOException {
        int[] shape = new int[25_000];
        Arrays.fill(shape, 1);
        NpyArray array = NpyArray.of(shape, new double[] {42});
        byte[] bytes = Npy.toBytes(array);
        assertEquals(2, bytes[6]);
        assertEquals(0, (bytes.length - 8) % 64);
        assertEquals(array, Npy.read(new ByteArrayInputStream(bytes), "memory"));
    }

    @Test
    void recordChecksItsParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NpyArray.of(new int[] {2, 3}, new double[5]));
        assertTrue(e.getMessage().contains("6 elements"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NpyArray(new int[] {1}, DType.FLOAT32, new double[1]));
        assertThrows(IllegalStateException.class, () -> NpyArray.of(new int[] {1}, new double[1]).longs());
    }

    @Test
    void theNotebooksArrayReadsAsTheGeneratorMakesIt() throws IOException {
        NpyArray array = Npy.read(new ByteArrayInputStream(bytes("seed0_rand_2x3.npy")), "seed0_rand_2x3.npy");
        assertArrayEquals(dev.nabla.tensor.random.RandomState.seeded(0).rand(6), array.doubles());
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = NpyTest.class.getResourceAsStream("/numpy/npy/" + name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return in.readAllBytes();
        }
    }
}
