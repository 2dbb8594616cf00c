package dev.nabla.numeric.difference;

import dev.nabla.numeric.stencil.Stencil;

/** Where a stencil's points lie relative to {@code x}. */
public enum Direction {
    /** On both sides, symmetric: {@code -m..m}; the accuracy order is even. */
    CENTRAL(2),
    /** At and above {@code x}: {@code 0, 1, 2, …}. */
    FORWARD(1),
    /** At and below {@code x}: {@code 0, -1, -2, …}. */
    BACKWARD(1);

    private final int accuracyStep;

    Direction(int accuracyStep) {
        this.accuracyStep = accuracyStep;
    }

    /** The stencil of this direction, derivative {@code order} and {@code accuracy}. */
    public Stencil stencil(int order, int accuracy) {
        return switch (this) {
            case CENTRAL -> Stencil.central(order, accuracy);
            case FORWARD -> Stencil.forward(order, accuracy);
            case BACKWARD -> Stencil.backward(order, accuracy);
        };
    }

    /** The gap between successive powers of {@code h} in the error: 2 for central stencils, 1 otherwise. */
    public int accuracyStep() {
        return accuracyStep;
    }
}
