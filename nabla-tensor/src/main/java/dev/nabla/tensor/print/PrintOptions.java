package dev.nabla.tensor.print;

/**
 * How tensors are printed, the options of {@code torch.set_printoptions}.
 *
 * @param precision digits after the decimal point of floating-point elements ({@code 4})
 * @param threshold element count above which a tensor is summarised with {@code ...} ({@code 1000})
 * @param edgeitems elements kept at each end of a summarised dimension ({@code 3})
 * @param linewidth characters per line before a row of elements wraps ({@code 80})
 * @param sciMode scientific notation: automatic, always or never
 */
public record PrintOptions(int precision, long threshold, int edgeitems, int linewidth, SciMode sciMode) {

    /** PyTorch's defaults: {@code precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None}. */
    public static final PrintOptions DEFAULT = new PrintOptions(4, 1000, 3, 80, SciMode.AUTO);

    /** Checks the ranges: precision in {@code [0, 50]}, the other counts not negative, linewidth positive. */
    public PrintOptions {
        if (precision < 0 || precision > 50) {
            throw new IllegalArgumentException("print options: precision must be in [0, 50], got " + precision);
        }
        if (threshold < 0) throw new IllegalArgumentException("print options: threshold must be >= 0, got " + threshold);
        if (edgeitems < 0) throw new IllegalArgumentException("print options: edgeitems must be >= 0, got " + edgeitems);
        if (linewidth <= 0) throw new IllegalArgumentException("print options: linewidth must be > 0, got " + linewidth);
        if (sciMode == null) throw new IllegalArgumentException("print options: sciMode must not be null (use AUTO)");
    }

    /** PyTorch's {@code profile="default"}. */
    public static PrintOptions defaults() {
        return DEFAULT;
    }

    /** PyTorch's {@code profile="short"}: precision 2, edgeitems 2. */
    public static PrintOptions shortProfile() {
        return new PrintOptions(2, 1000, 2, 80, SciMode.AUTO);
    }

    /** PyTorch's {@code profile="full"}: never summarise. */
    public static PrintOptions full() {
        return new PrintOptions(4, Long.MAX_VALUE, 3, 80, SciMode.AUTO);
    }

    /** These options with another precision. */
    public PrintOptions withPrecision(int digits) {
        return new PrintOptions(digits, threshold, edgeitems, linewidth, sciMode);
    }

    /** These options with another summarisation threshold. */
    public PrintOptions withThreshold(long elements) {
        return new PrintOptions(precision, elements, edgeitems, linewidth, sciMode);
    }

    /** These options with another number of edge items. */
    public PrintOptions withEdgeitems(int items) {
        return new PrintOptions(precision, threshold, items, linewidth, sciMode);
    }

    /** These options with another line width. */
    public PrintOptions withLinewidth(int characters) {
        return new PrintOptions(precision, threshold, edgeitems, characters, sciMode);
    }

    /** These options with another scientific-notation mode. */
    public PrintOptions withSciMode(SciMode mode) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, mode);
    }
}
