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
    /** A {@code DLOAD} or {@code DSTORE} of a local, with the {@code WIDE} prefix past slot 255. */
    private static final int LOCAL_BYTES = 4;
    /** A value read within this many steps is assumed to stay in its chunk (no scratch store charged). */
    private static final int NEAR = 32;

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
        int[] lastReader = new int[n];
        for (int s = 0; s < n; s++) {
            for (Operand a : program.steps().get(s).args()) if (a instanceof Operand.Result r) lastReader[r.index()] = s;
        }
        boolean wideIndices = n > Short.MAX_VALUE || program.variables().size() > Short.MAX_VALUE
                || program.roots().size() > Short.MAX_VALUE;
        int chunk = 0;
        int bytes = 0;
        int start = 0;
        int local = FIRST_LOCAL;
        for (int s = 0; s < n; s++) {
            int size = estimate(program.steps().get(s), start, wideIndices)
                    + (lastReader[s] > s + NEAR ? arrayStore(wideIndices) : 0)
                    + (arrayStore(wideIndices) + 3) * outputsOf.get(s).size();
            if (bytes > 0 && bytes + size > CHUNK_BYTES) {
                chunk++;
                bytes = 0;
                start = s;
                local = FIRST_LOCAL;
                size = estimate(program.steps().get(s), start, wideIndices)
                        + (lastReader[s] > s + NEAR ? arrayStore(wideIndices) : 0)
                        + (arrayStore(wideIndices) + 3) * outputsOf.get(s).size();
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

    /**
     * The bytecode size of a step whose chunk starts at step {@code start}: its operand loads (a local of
     * the chunk, the scratch array, the input array or a literal), the operation, and its store to a local.
     */
    private static int estimate(Step s, int start, boolean wideIndices) {
        int operands = 0;
        for (Operand a : s.args()) {
            if (a instanceof Operand.Result r) operands += r.index() >= start ? LOCAL_BYTES : arrayLoad(wideIndices);
            else if (a instanceof Operand.Input) operands += arrayLoad(wideIndices);
            else operands += wideIndices ? 14 : 7;
        }
        int k = s.args().size();
        int operation = switch (s.op()) {
            case SUM, PRODUCT -> k - 1;
            case STRONG_PRODUCT -> 3;
            case DIFFERENCE, QUOTIENT, NEGATE -> 1;
            case SQRT, POW, MATH -> 3;
            case INT_POWER -> {
                operands *= Math.abs(s.power());
                yield Math.abs(s.power()) + 2;
            }
            case TABLE -> 8;
            case CUSTOM -> 20 + 8 * k;
        };
        return operands + operation + LOCAL_BYTES;
    }

    /** {@code ALOAD, index, DALOAD}; an index past {@code Short.MAX_VALUE} takes 10 bytes to push. */
    private static int arrayLoad(boolean wideIndices) {
        return wideIndices ? 12 : 5;
    }

    /** {@code ALOAD, index, DLOAD, DASTORE}. */
    private static int arrayStore(boolean wideIndices) {
        return wideIndices ? 16 : 9;
    }
}
