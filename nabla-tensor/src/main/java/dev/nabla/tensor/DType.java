package dev.nabla.tensor;

/**
 * The element types a tensor can hold, named as PyTorch names them ({@code torch.float64} …).
 * Type promotion follows PyTorch: {@code bool < int64 < float32 < float64}.
 */
public enum DType {
    /** {@code torch.bool}. */
    BOOL("torch.bool", 1, false),
    /** {@code torch.int64}, PyTorch's default integer type. */
    INT64("torch.int64", 8, false),
    /** {@code torch.float32}, PyTorch's default floating-point type. */
    FLOAT32("torch.float32", 4, true),
    /** {@code torch.float64}. */
    FLOAT64("torch.float64", 8, true);

    private final String torchName;
    private final int itemSize;
    private final boolean floatingPoint;

    DType(String torchName, int itemSize, boolean floatingPoint) {
        this.torchName = torchName;
        this.itemSize = itemSize;
        this.floatingPoint = floatingPoint;
    }

    /** The name PyTorch prints, {@code torch.float64}. */
    public String torchName() { return torchName; }

    /** Bytes per element. */
    public int itemSize() { return itemSize; }

    /** Whether the type holds floating-point numbers (only those can require gradients). */
    public boolean isFloatingPoint() { return floatingPoint; }

    /** The smallest type both operands convert to without loss of kind: {@code promote(INT64, FLOAT32) = FLOAT32}. */
    public static DType promote(DType a, DType b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    @Override public String toString() { return torchName; }
}
