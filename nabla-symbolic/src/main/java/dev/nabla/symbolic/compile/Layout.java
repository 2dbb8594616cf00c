package dev.nabla.symbolic.compile;

import dev.nabla.symbolic.compile.Step.Op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each step of a {@link Program} lives in the generated class: which chunk method computes
 * it, its local variable slot there, its index in the scratch array when a later chunk reads it,
 * and the outputs it is stored to.
 *
 * <p>Steps go into chunks in order; a chunk is closed when the estimated bytecode would pass
 * {@value #CHUNK_BYTES} bytes, which keeps each method JIT-compilable (HotSpot skips methods over
 * 8000 bytes) and far from the JVM's 64 KB limit; the local slots of a chunk then stay below a few
 * thousand, far from the 65 535 limit.
 */
final class Layout {
    static final int CHUNK_BYTES = 6000;
    static final int FIRST_LOCAL = 3;
    private static final int STORE_BYTES = 10;

    final int[] chunkOf;
    /** The first step of each chunk; a chunk's steps are consecutive. */
    final int[] firstStep;
    final int[] localOf;
    final int[] tempSlot;
    final List<List<Integer>> outputsOf;
    final int chunks;
    final int temps;

    /** The layout of {@code program}; with {@code storeOutputs}, each root step is stored into the output array. */
    Layout(Program program, boolean storeOutputs) {
        int n = program.steps().size();
        outputsOf = new ArrayList<>(n);
        for (int s = 0; s < n; s++) outputsOf.add(new ArrayList<>(1));
        if (storeOutputs) {
            for (int r = 0; r < program.roots().size(); r++) {
                if (program.roots().get(r) instanceof Operand.Result res) outputsOf.get(res.index()).add(r);
            }
        }
        chunkOf = new int[n];
        localOf = new int[n];
        int chunk = 0;
        int bytes = 0;
        int local = FIRST_LOCAL;
        for (int s = 0; s < n; s++) {
            int size = estimate(program.steps().get(s)) + STORE_BYTES * outputsOf.get(s).size();
            if (bytes > 0 && bytes + size > CHUNK_BYTES) {
                chunk++;
                bytes = 0;
                local = FIRST_LOCAL;
            }
            chunkOf[s] = chunk;
            localOf[s] = local;
            local += 2;
            bytes += size;
        }
        chunks = n == 0 ? 0 : chunk + 1;
        firstStep = new int[chunks];
        for (int s = n - 1; s >= 0; s--) firstStep[chunkOf[s]] = s;
        tempSlot = new int[n];
        Arrays.fill(tempSlot, -1);
        int next = 0;
        for (int s = 0; s < n; s++) {
            for (Operand a : program.steps().get(s).args()) {
                if (a instanceof Operand.Result r && chunkOf[r.index()] != chunkOf[s] && tempSlot[r.index()] < 0) {
                    tempSlot[r.index()] = next++;
                }
            }
        }
        temps = next;
    }

    /** A generous bound on the bytecode size of a step with its store to a local and the scratch array. */
    private static int estimate(Step s) {
        int operands = 6 * s.args().size() * Math.max(1, Math.abs(s.power()));
        int call = s.op() == Op.CUSTOM ? 16 + 4 * s.args().size() : 8;
        return operands + call + 4 + STORE_BYTES;
    }
}
