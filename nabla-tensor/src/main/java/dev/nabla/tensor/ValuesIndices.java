package dev.nabla.tensor;

/**
 * The result of {@code max(dim)} / {@code min(dim)}: the values and the int64 indices where they occur.
 *
 * @param values  the extreme values
 * @param indices their positions along the reduced dimension (the first one at a tie)
 */
public record ValuesIndices(Tensor values, Tensor indices) {
    @Override public String toString() {
        return "(values=" + values + ",\nindices=" + indices + ")";
    }
}
