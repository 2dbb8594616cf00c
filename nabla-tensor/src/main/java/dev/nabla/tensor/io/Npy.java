package dev.nabla.tensor.io;

import dev.nabla.tensor.DType;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes NumPy's {@code .npy} files
 * (<a href="https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html">format</a>):
 * the magic {@code \x93NUMPY}, a version, the header length, a Python-dict header with
 * {@code descr}, {@code fortran_order} and {@code shape}, then the raw elements.
 *
 * <p>Reads versions 1.0, 2.0 and 3.0; little- and big-endian {@code f8 f4 i8}, {@code b1}, and the
 * integers {@code i1 i2 i4 u1 u2 u4} widened to int64; C and Fortran order (returned in C order);
 * 0-d and empty arrays. Writes C order, little-endian, version 1.0 (2.0 when the header needs it),
 * byte for byte as NumPy 1.24's {@code np.save} writes the same array.
 *
 * <p>A file that cannot be read raises {@link NpyFormatException} naming the file and the
 * problem: bad magic, unsupported version or dtype, a malformed header, truncated data.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;
    private static final int MAX_HEADER = 1 << 24;

    private Npy() {
    }

    /** Reads the array in {@code file}. */
    public static NpyArray read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.toString());
        }
    }

    /** Reads one array from {@code in}; {@code source} names the stream in error messages. */
    public static NpyArray read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "input stream");
        byte[] magic = in.readNBytes(MAGIC.length + 2);
        if (magic.length < MAGIC.length + 2) {
            throw new NpyFormatException(source, magic.length == 0 ? "file is empty, not a .npy file"
                    : "truncated: the file ends after " + magic.length + " bytes, inside the magic string");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (magic[i] != MAGIC[i]) {
                throw new NpyFormatException(source, "not a .npy file: bad magic bytes " + hex(magic, MAGIC.length)
                        + " (expected 93 4E 55 4D 50 59, \"\\x93NUMPY\")");
            }
        }
        int major = magic[6] & 0xff;
        int minor = magic[7] & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            throw new NpyFormatException(source, "unsupported .npy format version " + major + "." + minor
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] lengthField = readFully(in, lengthBytes, source, "the header length");
        long headerLength = 0;
        for (int i = lengthBytes - 1; i >= 0; i--) headerLength = headerLength << 8 | (lengthField[i] & 0xff);
        if (headerLength > MAX_HEADER) {
            throw new NpyFormatException(source, "implausible header length " + headerLength + " bytes");
        }
        byte[] headerBytes = readFully(in, (int) headerLength, source, "the header");
        String headerText = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader header = NpyHeader.parse(headerText, source);
        ElementType type = ElementType.parse(header.descr(), source);
        long count = 1;
        for (int size : header.shape()) count *= size;
        long byteCount = count * type.itemSize;
        if (count > Integer.MAX_VALUE - 8 || byteCount > Integer.MAX_VALUE - 8) {
            throw new NpyFormatException(source, "array of shape " + NpyHeader.tuple(header.shape())
                    + " is too large for one Java array");
        }
        byte[] raw = in.readNBytes((int) byteCount);
        if (raw.length < byteCount) {
            throw new NpyFormatException(source, "truncated data: shape " + NpyHeader.tuple(header.shape()) + " of '"
                    + header.descr() + "' needs " + byteCount + " bytes, the file has " + raw.length);
        }
        Object data = type.decode(ByteBuffer.wrap(raw).order(type.order), (int) count);
        int[] shape = header.shape();
        if (header.fortranOrder() && shape.length > 1) data = toRowMajor(data, shape);
        return new NpyArray(shape, type.dtype, data);
    }

    /** Writes {@code array} to {@code file} (created or replaced). */
    public static void write(Path file, NpyArray array) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, array);
        }
    }

    /** Writes {@code array} to {@code out} as NumPy's {@code np.save} would. */
    public static void write(OutputStream out, NpyArray array) throws IOException {
        Objects.requireNonNull(out, "output stream");
        Objects.requireNonNull(array, "array");
        out.write(headerBytes(array));
        DType dtype = array.dtype();
        ByteBuffer buffer = ByteBuffer.allocate(array.size() * (dtype == DType.BOOL ? 1 : dtype.itemSize()))
                .order(ByteOrder.LITTLE_ENDIAN);
        switch (dtype) {
            case FLOAT64 -> buffer.asDoubleBuffer().put(array.doubles());
            case FLOAT32 -> buffer.asFloatBuffer().put(array.floats());
            case INT64 -> buffer.asLongBuffer().put(array.longs());
            case BOOL -> {
                for (boolean b : array.booleans()) buffer.put((byte) (b ? 1 : 0));
            }
        }
        out.write(buffer.array());
    }

    /** The whole file as bytes. */
    public static byte[] toBytes(NpyArray array) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(out, array);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to memory", e);
        }
        return out.toByteArray();
    }

    private static byte[] headerBytes(NpyArray array) {
        String descr = switch (array.dtype()) {
            case FLOAT64 -> "<f8";
            case FLOAT32 -> "<f4";
            case INT64 -> "<i8";
            case BOOL -> "|b1";
        };
        byte[] dict = new NpyHeader(descr, false, array.shape()).dictText().getBytes(StandardCharsets.ISO_8859_1);
        int lengthBytes = 2;
        int padding = ALIGN - ((MAGIC.length + 2 + lengthBytes + dict.length + 1) % ALIGN);
        if (dict.length + 1 + padding > 0xffff) {
            lengthBytes = 4;
            padding = ALIGN - ((MAGIC.length + 2 + lengthBytes + dict.length + 1) % ALIGN);
        }
        int headerLength = dict.length + padding + 1;
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 2 + lengthBytes + headerLength).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) (lengthBytes == 2 ? 1 : 2)).put((byte) 0);
        if (lengthBytes == 2) out.putShort((short) headerLength);
        else out.putInt(headerLength);
        out.put(dict);
        for (int i = 0; i < padding; i++) out.put((byte) ' ');
        out.put((byte) '\n');
        return out.array();
    }

    private static byte[] readFully(InputStream in, int n, String source, String what) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new NpyFormatException(source, "truncated: the file ends inside " + what + " (" + bytes.length
                    + " of " + n + " bytes)");
        }
        return bytes;
    }

    /** Column-major elements reordered to row-major. */
    private static Object toRowMajor(Object columnMajor, int[] shape) {
        int n = java.lang.reflect.Array.getLength(columnMajor);
        Object rowMajor = java.lang.reflect.Array.newInstance(columnMajor.getClass().getComponentType(), n);
        int rank = shape.length;
        long[] rowStrides = new long[rank];
        long stride = 1;
        for (int d = rank - 1; d >= 0; d--) {
            rowStrides[d] = stride;
            stride *= shape[d];
        }
        int[] index = new int[rank];
        long target = 0;
        for (int k = 0; k < n; k++) {
            System.arraycopy(columnMajor, k, rowMajor, (int) target, 1);
            for (int d = 0; d < rank; d++) {
                index[d]++;
                target += rowStrides[d];
                if (index[d] < shape[d]) break;
                target -= index[d] * rowStrides[d];
                index[d] = 0;
            }
        }
        return rowMajor;
    }

    private static String hex(byte[] bytes, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(' ');
            out.append(String.format("%02X", bytes[i] & 0xff));
        }
        return out.toString();
    }

    /** A {@code descr} Nabla reads: its byte order, kind and size, and the dtype it becomes. */
    private static final class ElementType {
        final ByteOrder order;
        final char kind;
        final int itemSize;
        final DType dtype;

        private ElementType(ByteOrder order, char kind, int itemSize, DType dtype) {
            this.order = order;
            this.kind = kind;
            this.itemSize = itemSize;
            this.dtype = dtype;
        }

        static ElementType parse(String descr, String source) throws NpyFormatException {
            if (descr.length() >= 3) {
                char orderChar = descr.charAt(0);
                char kind = descr.charAt(1);
                int size = -1;
                try {
                    size = Integer.parseInt(descr.substring(2));
                } catch (NumberFormatException e) {
                    // falls through to the error below
                }
                ByteOrder order = switch (orderChar) {
                    case '<' -> ByteOrder.LITTLE_ENDIAN;
                    case '>' -> ByteOrder.BIG_ENDIAN;
                    case '=', '|' -> ByteOrder.nativeOrder();
                    default -> null;
                };
                DType dtype = dtypeOf(kind, size);
                if (order != null && dtype != null) return new ElementType(order, kind, size, dtype);
            }
            throw new NpyFormatException(source, "unsupported dtype '" + descr + "': Nabla reads float64 (<f8), float32 (<f4),"
                    + " int64 (<i8), bool (|b1), either byte order, and i1 i2 i4 u1 u2 u4 widened to int64");
        }

        private static DType dtypeOf(char kind, int size) {
            return switch (kind) {
                case 'f' -> size == 8 ? DType.FLOAT64 : size == 4 ? DType.FLOAT32 : null;
                case 'i' -> size == 1 || size == 2 || size == 4 || size == 8 ? DType.INT64 : null;
                case 'u' -> size == 1 || size == 2 || size == 4 ? DType.INT64 : null;
                case 'b' -> size == 1 ? DType.BOOL : null;
                default -> null;
            };
        }

        Object decode(ByteBuffer in, int count) {
            switch (dtype) {
                case FLOAT64: {
                    double[] out = new double[count];
                    in.asDoubleBuffer().get(out);
                    return out;
                }
                case FLOAT32: {
                    float[] out = new float[count];
                    in.asFloatBuffer().get(out);
                    return out;
                }
                case BOOL: {
                    boolean[] out = new boolean[count];
                    for (int i = 0; i < count; i++) out[i] = in.get() != 0;
                    return out;
                }
                default: {
                    long[] out = new long[count];
                    boolean unsigned = kind == 'u';
                    for (int i = 0; i < count; i++) {
                        out[i] = switch (itemSize) {
                            case 1 -> unsigned ? in.get() & 0xffL : in.get();
                            case 2 -> unsigned ? in.getShort() & 0xffffL : in.getShort();
                            case 4 -> unsigned ? in.getInt() & 0xffffffffL : in.getInt();
                            default -> in.getLong();
                        };
                    }
                    return out;
                }
            }
        }
    }
}
