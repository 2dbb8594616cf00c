package dev.nabla.bench.core;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledSum;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The two spellings of the mixture data term agree, and the compiled sum's gradient is the tape's on the whole sum. */
class MixtureDataTermTest {

    @Test
    void compiledSumGradientEqualsTheTapeAndTheHandWrittenValue() {
        MixtureDataTerm m = new MixtureDataTerm(3, 2, 7);
        int p = m.theta.length;
        assertEquals(MixtureDataTerm.parameters(3, 2), p);
        ScalarFunction whole = th -> {
            Num total = null;
            for (double[] x : m.points) {
                Num[] in = new Num[p + m.d];
                System.arraycopy(th, 0, in, 0, p);
                for (int j = 0; j < m.d; j++) in[p + j] = th[0].constant(x[j]);
                Num t = m.term(in);
                total = total == null ? t : total.add(t);
            }
            return total;
        };
        assertEquals(m.value(m.theta), whole.apply(Real.of(m.theta)).doubleValue(), 1e-12 * Math.abs(m.value(m.theta)));
        CompiledSum sum = Compiled.sum(m::term, p, m.d);
        double[] out = new double[p];
        assertEquals(m.value(m.theta), sum.gradient(m.theta, m.points, out), 1e-12 * Math.abs(m.value(m.theta)));
        double[] expected = Reverse.gradient(whole, m.theta);
        for (int j = 0; j < p; j++) assertEquals(expected[j], out[j], 1e-12 * (1 + Math.abs(expected[j])), "∂/∂θ" + j);
    }
}
