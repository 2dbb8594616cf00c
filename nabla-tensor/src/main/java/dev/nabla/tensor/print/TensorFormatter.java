package dev.nabla.tensor.print;

import dev.nabla.tensor.DType;
import dev.nabla.tensor.PrintableTensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes tensors exactly as PyTorch 1.13 writes them:
 * <pre>{@code
 * tensor([[0.5488, 0.7152, 0.6028],
 *         [0.5449, 0.4237, 0.6459]], dtype=torch.float64)
 * }</pre>
 * Rows of a 1-d slice wrap at {@code linewidth}; a tensor with more than {@code threshold} elements
 * shows {@code edgeitems} at each end of every long dimension with {@code ...} between; the
 * {@code dtype=} suffix is left out for PyTorch's default types (float32, int64, bool); then
 * {@code grad_fn=<MulBackward0>} or {@code requires_grad=True}, each moved to a new line when it
 * would pass {@code linewidth}. Empty tensors print {@code tensor([], size=(0, 3))}.
 */
public final class TensorFormatter {
    private static final String PREFIX = "tensor(";
    private static final TensorFormatter DEFAULT = new TensorFormatter(PrintOptions.DEFAULT);

    private final PrintOptions options;

    private TensorFormatter(PrintOptions options) {
        this.options = options;
    }

    /** A formatter with PyTorch's default options. */
    public static TensorFormatter defaults() {
        return DEFAULT;
    }

    /** A formatter with the options in force on this thread ({@link PrintScope#current()}). */
    public static TensorFormatter current() {
        PrintOptions options = PrintScope.current();
        return options == PrintOptions.DEFAULT ? DEFAULT : new TensorFormatter(options);
    }

    /** A formatter with the given options. */
    public static TensorFormatter of(PrintOptions options) {
        return new TensorFormatter(Objects.requireNonNull(options, "print options"));
    }

    /** The options this formatter prints with. */
    public PrintOptions options() {
        return options;
    }

    /** {@code repr(tensor)} as PyTorch prints it, with the options in force on this thread (PyTorch's defaults unless a {@link PrintScope} is open). */
    public static String reprOf(PrintableTensor tensor) {
        return current().repr(tensor);
    }

    /** {@code repr(tensor)}: {@code tensor([3.])}, {@code tensor([0.], grad_fn=<MulBackward0>)} … */
    public String repr(PrintableTensor tensor) {
        Objects.requireNonNull(tensor, "tensor");
        int[] shape = tensor.shape();
        long numel = numel(shape);
        int indent = PREFIX.length();
        List<String> suffixes = new ArrayList<>();
        String body;
        if (numel == 0) {
            if (shape.length != 1) suffixes.add("size=" + pythonTuple(shape));
            if (tensor.dtype() != DType.FLOAT32) suffixes.add("dtype=" + tensor.dtype().torchName());
            body = "[]";
        } else {
            if (!hasDefaultDtype(tensor.dtype())) suffixes.add("dtype=" + tensor.dtype().torchName());
            body = new Layout(tensor, shape, numel > options.threshold()).body(indent);
        }
        if (tensor.gradFnName().isPresent()) {
            suffixes.add("grad_fn=<" + tensor.gradFnName().get() + ">");
        } else if (tensor.requiresGrad()) {
            suffixes.add("requires_grad=True");
        }
        return withSuffixes(PREFIX + body, suffixes, indent);
    }

    /** {@code repr} of an {@code nn.Parameter}: {@code "Parameter containing:\n"} then the tensor's repr. */
    public String parameter(PrintableTensor tensor) {
        return "Parameter containing:\n" + repr(tensor);
    }

    /**
     * Python's {@code repr} of a tuple of tensors, as {@code torch.autograd.grad} results print:
     * {@code (tensor([3.]),)} for one, {@code (tensor([2.7726]), tensor([1.5000]))} for two.
     */
    public String tuple(List<? extends PrintableTensor> tensors) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < tensors.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(repr(tensors.get(i)));
        }
        return out.append(tensors.size() == 1 ? ",)" : ")").toString();
    }

    /** {@code str(tensor.shape)}: {@code torch.Size([2, 3])}, {@code torch.Size([])} for a 0-d tensor. */
    public static String size(int[] shape) {
        StringBuilder out = new StringBuilder("torch.Size([");
        for (int d = 0; d < shape.length; d++) {
            if (d > 0) out.append(", ");
            out.append(shape[d]);
        }
        return out.append("])").toString();
    }

    /** {@code str(dtype)}: {@code torch.float64}. */
    public static String dtype(DType dtype) {
        return dtype.torchName();
    }

    private static boolean hasDefaultDtype(DType dtype) {
        return dtype == DType.FLOAT32 || dtype == DType.INT64 || dtype == DType.BOOL;
    }

    private String withSuffixes(String text, List<String> suffixes, int indent) {
        StringBuilder out = new StringBuilder(text);
        // PyTorch's count of the last line is two more than its length until the first wrap (its rfind arithmetic).
        int lastLine = text.length() - text.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLine + suffix.length() + 2 > options.linewidth()) {
                out.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLine = indent + suffix.length();
            } else {
                out.append(", ").append(suffix);
                lastLine += suffix.length() + 2;
            }
        }
        return out.append(')').toString();
    }

    private static long numel(int[] shape) {
        long n = 1;
        for (int size : shape) {
            if (size < 0) throw new IllegalArgumentException("repr: negative size in shape " + pythonTuple(shape));
            n *= size;
        }
        return n;
    }

    private static String pythonTuple(int[] shape) {
        StringBuilder out = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            if (d > 0) out.append(", ");
            out.append(shape[d]);
        }
        return out.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** The nested brackets of one non-empty tensor. */
    private final class Layout {
        private final PrintableTensor tensor;
        private final int[] shape;
        private final long[] strides;
        private final boolean summarize;
        private ElementFormat format;

        Layout(PrintableTensor tensor, int[] shape, boolean summarize) {
            this.tensor = tensor;
            this.shape = shape;
            this.summarize = summarize;
            this.strides = new long[shape.length];
            long stride = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                strides[d] = stride;
                stride *= shape[d];
            }
        }

        String body(int indent) {
            List<Long> printed = new ArrayList<>();
            collect(0, 0, printed);
            long[] indices = new long[printed.size()];
            for (int i = 0; i < indices.length; i++) indices[i] = printed.get(i);
            format = ElementFormat.of(tensor, indices, options);
            if (shape.length == 0) return format.format(0);
            StringBuilder out = new StringBuilder();
            append(out, 0, 0, indent);
            return out.toString();
        }

        /** Whether dimension {@code d} shows only its edges. */
        private boolean elided(int d) {
            return summarize && shape[d] > 2L * options.edgeitems();
        }

        /** The row-major indices of the elements that will be printed, in print order. */
        private void collect(int d, long offset, List<Long> into) {
            if (d == shape.length) {
                into.add(offset);
                return;
            }
            for (int i : shownIndices(d)) collect(d + 1, offset + i * strides[d], into);
        }

        private int[] shownIndices(int d) {
            int n = shape[d];
            if (!elided(d)) {
                int[] all = new int[n];
                for (int i = 0; i < n; i++) all[i] = i;
                return all;
            }
            int e = options.edgeitems();
            int[] edges = new int[2 * e];
            for (int i = 0; i < e; i++) {
                edges[i] = i;
                edges[e + i] = n - e + i;
            }
            return edges;
        }

        private void append(StringBuilder out, int d, long offset, int indent) {
            if (d == shape.length - 1) {
                appendVector(out, offset, indent);
                return;
            }
            String separator = "," + "\n".repeat(shape.length - d - 1) + " ".repeat(indent + 1);
            int[] shown = shownIndices(d);
            int half = elided(d) ? shown.length / 2 : -1;
            out.append('[');
            for (int k = 0; k < shown.length; k++) {
                if (k > 0) out.append(separator);
                if (k == half) out.append("...").append(separator);
                append(out, d + 1, offset + shown[k] * strides[d], indent + 1);
            }
            out.append(']');
        }

        private void appendVector(StringBuilder out, long offset, int indent) {
            int d = shape.length - 1;
            int perLine = Math.max(1, (options.linewidth() - indent) / (format.width() + 2));
            int[] shown = shownIndices(d);
            List<String> items = new ArrayList<>(shown.length + 1);
            int half = elided(d) ? shown.length / 2 : -1;
            for (int k = 0; k < shown.length; k++) {
                if (k == half) items.add(" ...");
                items.add(format.format(offset + shown[k] * strides[d]));
            }
            out.append('[');
            for (int k = 0; k < items.size(); k++) {
                if (k > 0) out.append(k % perLine == 0 ? ",\n" + " ".repeat(indent + 1) : ", ");
                out.append(items.get(k));
            }
            out.append(']');
        }
    }
}
