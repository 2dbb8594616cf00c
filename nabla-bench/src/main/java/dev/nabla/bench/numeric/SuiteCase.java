package dev.nabla.bench.numeric;

import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.rules.Primitives;

import java.util.ArrayList;
import java.util.List;

/**
 * One function at one point.
 *
 * @param name the function as written
 * @param f    the function on the algebra
 * @param x    the point
 */
record SuiteCase(String name, UnivariateFunction f, double x) {

    /** The near-zero, unit, moderate and large points. */
    static final double[] POINTS = {1e-3, 1, 10, 1e3};

    /** The cases of the suite: elementary functions at {@link #POINTS}, and the seed notebooks' functions. */
    static List<SuiteCase> all() {
        List<SuiteCase> cases = new ArrayList<>();
        for (double x : new double[] {1e-3, 1, 10}) cases.add(new SuiteCase("exp(x)", t -> t.exp(), x));
        for (double x : POINTS) {
            cases.add(new SuiteCase("sin(x)", t -> t.sin(), x));
            cases.add(new SuiteCase("log(x)", t -> t.log(), x));
            cases.add(new SuiteCase("atan(x)", t -> t.atan(), x));
            cases.add(new SuiteCase("x^3", t -> t.pow(3), x));
            cases.add(new SuiteCase("sqrt(x)", t -> t.sqrt(), x));
            cases.add(new SuiteCase("1/x", t -> t.reciprocal(), x));
            cases.add(new SuiteCase("x^2.5", t -> t.pow(2.5), x));
        }
        double e5 = Math.exp(5), s1 = Math.sin(1);
        cases.add(new SuiteCase("seed x^2", t -> t.mul(t), 2));
        cases.add(new SuiteCase("seed 3x^3 - 5x + 4", t -> t.pow(3).mul(3).sub(t.mul(5)).add(4), 1));
        cases.add(new SuiteCase("seed (x^3 + 4x) e^5 sin 1, d/dx", t -> t.pow(3).add(t.mul(4)).mul(e5 * s1), 4));
        cases.add(new SuiteCase("seed 80 e^y sin 1, d/dy", t -> t.exp().mul(80 * s1), 5));
        cases.add(new SuiteCase("seed 80 e^5 sin z, d/dz", t -> t.sin().mul(80 * e5), 1));
        cases.add(new SuiteCase("seed (x^2 + 2x) ln 2, d/dx", t -> t.mul(t).add(t.mul(2)).mul(Math.log(2)), 1));
        cases.add(new SuiteCase("seed 3 ln y, d/dy", t -> t.log().mul(3), 2));
        cases.add(new SuiteCase("seed x^2 + 2x", t -> t.mul(t).add(t.mul(2)), 1));
        cases.removeIf(c -> Double.isNaN(Primitives.SQRT.value().applyAsDouble(c.x())));
        return cases;
    }

    /** Whether this case is at {@code x = 1}. */
    boolean atOne() {
        return x == 1;
    }

    @Override
    public String toString() {
        return name + " at " + x;
    }
}
