package dev.nabla.symbolic.compile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a program's literals live in the generated class. Each distinct {@code double} literal written
 * with {@code LDC2_W} takes two of the class's 65 535 constant-pool entries; a program with more than
 * {@value #POOL_LIMIT} distinct literals (a function over a data set, whose data points are constants)
 * keeps them instead in one {@code static final double[]} handed over with the class data, loaded
 * with {@code DALOAD}. {@code 0} and {@code 1} always have their own instructions.
 */
final class Literals {
    static final int POOL_LIMIT = 16_384;

    private final Map<Long, Integer> index;
    private final double[] values;

    private Literals(Map<Long, Integer> index, double[] values) {
        this.index = index;
        this.values = values;
    }

    /** The literal table of {@code program}: empty (all in the constant pool) up to {@value #POOL_LIMIT} distinct literals. */
    static Literals of(Program program) {
        Map<Long, Integer> index = new HashMap<>();
        double[] values = new double[16];
        for (Step s : program.steps()) for (Operand o : s.args()) values = collect(o, index, values);
        for (Operand o : program.roots()) values = collect(o, index, values);
        if (index.size() <= POOL_LIMIT) return new Literals(Map.of(), new double[0]);
        return new Literals(index, Arrays.copyOf(values, index.size()));
    }

    private static double[] collect(Operand o, Map<Long, Integer> index, double[] values) {
        if (!(o instanceof Operand.Literal l) || inline(l.value())) return values;
        long bits = Double.doubleToRawLongBits(l.value());
        if (index.containsKey(bits)) return values;
        int k = index.size();
        index.put(bits, k);
        if (k == values.length) values = Arrays.copyOf(values, 2 * k);
        values[k] = l.value();
        return values;
    }

    /** Whether {@code v} has an instruction of its own ({@code DCONST_0}, {@code DCONST_1}). */
    static boolean inline(double v) {
        return Double.doubleToRawLongBits(v) == 0L || v == 1.0;
    }

    /** Whether the literals live in the array. */
    boolean inArray() {
        return values.length > 0;
    }

    /** The array index of {@code v}. */
    int indexOf(double v) {
        return index.get(Double.doubleToRawLongBits(v));
    }

    /** The class data of a program: its function objects, then the literal array if there is one. */
    static Object[] classData(Program program, Literals literals) {
        List<Object> fs = program.functions();
        Object[] data = fs.toArray(new Object[fs.size() + (literals.inArray() ? 1 : 0)]);
        if (literals.inArray()) data[fs.size()] = literals.values;
        return data;
    }
}
