package dev.nabla.tensor.print;

/** Whether floating-point elements are printed in scientific notation, as {@code torch.set_printoptions(sci_mode=…)}. */
public enum SciMode {
    /** PyTorch's default ({@code sci_mode=None}): scientific when the magnitudes call for it. */
    AUTO,
    /** Always scientific ({@code sci_mode=True}). */
    ON,
    /** Never scientific ({@code sci_mode=False}). */
    OFF
}
