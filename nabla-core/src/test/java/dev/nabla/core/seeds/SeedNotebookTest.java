package dev.nabla.core.seeds;

import dev.nabla.core.Nabla;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The seed notebooks' printed outputs, reproduced by forward and reverse mode. */
class SeedNotebookTest {

    /** (x² + 2x)·ln y — seed cells In[14], In[61]: x.grad = 2.7726, y.grad = 1.5000. */
    static final ScalarFunction F_XY = v -> v[0].pow(2).add(v[0].mul(2)).mul(v[1].log());

    /** (x² + 2x)·ln x — seed cell In[15]/In[16]: f(1) = 0, f'(1) = 3. */
    static final UnivariateFunction F_X = x -> x.pow(2).add(x.mul(2)).mul(x.log());

    /** (x³ + 3x)·eʸ·sin z — seed cell In[8]: (29914.9727, 35897.9648, -16428.9746) in float32. */
    static final ScalarFunction F_XYZ3 = v -> v[0].pow(3).add(v[0].mul(3)).mul(v[1].exp()).mul(v[2].sin());

    /** (x³ + 4x)·eʸ·sin z — the README's example; exact values from the seed's SymPy cell. */
    static final ScalarFunction F_XYZ4 = v -> v[0].pow(3).add(v[0].mul(4)).mul(v[1].exp()).mul(v[2].sin());

    @ParameterizedTest
    @ValueSource(strings = {"forward", "reverse"})
    void partialsOfXSquaredPlusTwoXTimesLogY(String method) {
        double[] g = Nabla.gradient(F_XY, new double[] {1, 2}, Methods.named(method));
        assertEquals(2 * 1.3862943611198906, g[0], 1e-15);
        assertEquals(1.5, g[1], 1e-15);
        assertEquals("2.772589", String.format("%.6f", g[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"forward", "reverse"})
    void derivativeOfXSquaredPlusTwoXTimesLogXAtOneIsThree(String method) {
        assertEquals(3.0, Nabla.derivative(F_X, 1.0, Methods.named(method)), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forward", "reverse"})
    void gradientOfTheThreeVariableSeed(String method) {
        double[] g = Nabla.gradient(F_XYZ3, new double[] {3, 7, 2}, Methods.named(method));
        double e7 = Math.exp(7);
        double[] exact = {(3 * 9 + 3) * e7 * Math.sin(2), (27 + 9) * e7 * Math.sin(2), (27 + 9) * e7 * Math.cos(2)};
        assertArrayEquals(exact, g, 1e-10);
        // The notebook printed PyTorch's float32 results, computed in float32 arithmetic: they agree
        // with these exact double values to float32 precision (a few units of 6e-8, relative).
        double[] printed = {29914.9727, 35897.9648, -16428.9746};
        for (int i = 0; i < 3; i++) assertEquals(printed[i], g[i], 5e-7 * Math.abs(printed[i]), "component " + i);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forward", "reverse"})
    void gradientAtFourFiveOneMatchesSympyToFourDecimals(String method) {
        Method m = Methods.named(method);
        double[] g = Nabla.gradient(F_XYZ4, new double[] {4, 5, 1}, m);
        assertEquals("6494.0391", String.format("%.4f", g[0]));
        assertEquals("9990.8294", String.format("%.4f", g[1]));
        assertEquals("6415.0378", String.format("%.4f", g[2]));
    }

    /** The seed's hand-written reverse mode: TIMES, ADD and LOG as forward/backward pairs. */
    @Test
    void handWrittenTimesAddLogPrimitives() {
        CustomPrimitive times = CustomPrimitive.of("times", 2,
                a -> new CustomPrimitive.Evaluation<>(a[0] * a[1], a.clone()),
                (double[] cache, double dout) -> new double[] {cache[1] * dout, cache[0] * dout});
        CustomPrimitive add = CustomPrimitive.of("add", 2,
                a -> new CustomPrimitive.Evaluation<>(a[0] + a[1], a.clone()),
                (double[] cache, double dout) -> new double[] {dout, dout});
        CustomPrimitive log = CustomPrimitive.of("log", 1,
                a -> new CustomPrimitive.Evaluation<>(Math.log(a[0]), a[0]),
                (Double cache, double dout) -> new double[] {dout / cache});

        Tape tape = new Tape();
        TapeVar x = tape.variable(1);
        TapeVar y = tape.variable(2);
        Num a = times.apply(x, x);
        Num b = times.apply(x.constant(2), x);
        Num c = add.apply(a, b);
        Num d = log.apply(y);
        Num z = times.apply(c, d);
        assertEquals("2.079442", String.format("%.6f", z.doubleValue()));
        double[] g = tape.gradient(z, x, y);
        assertEquals("2.772589", String.format("%.6f", g[0]));
        assertEquals("1.500000", String.format("%.6f", g[1]));

        ScalarFunction same = v -> times.apply(add.apply(times.apply(v[0], v[0]), times.apply(v[0].constant(2), v[0])), log.apply(v[1]));
        assertArrayEquals(g, Nabla.gradient(same, new double[] {1, 2}, Methods.named("forward")), 1e-15);
    }
}
