package dev.nabla.symbolic.compile;

/**
 * A {@link Program} compiled to bytecode for callers that manage their own memory: no argument
 * checks, no allocation. Made by {@link Compiler#kernel(Program, Operand)}.
 *
 * <p>A kernel holds no state; the scratch array passed in is the only memory it writes besides
 * {@code out}, so one kernel may run on several threads at once, each with its own scratch array.
 */
public interface Kernel {

    /** The length of the scratch array {@link #run} needs; 0 when it needs none (then it may be null). */
    int scratchLength();

    /**
     * Runs the program on {@code x} (one value per variable): output {@code r} goes to {@code out[r]}
     * (is added to it, for a kernel made by {@link Compiler#accumulatingKernel}), and the returned
     * operand chosen at compilation is the result.
     *
     * @param x       the inputs, at least {@link Program#inputs()} long
     * @param out     the outputs, at least {@link Program#outputs()} long
     * @param scratch at least {@link #scratchLength()} long; its contents are overwritten
     */
    double run(double[] x, double[] out, double[] scratch);
}
