package dev.nabla.core.reverse;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.forward.Forward;
import org.junit.jupiter.api.Test;

import java.util.concurrent.*;

import static org.junit.jupiter.api.Assertions.*;

class TapeTest {

    @Test
    void aTapeIsResetAndReusedInALoop() {
        Tape tape = new Tape();
        for (int k = 1; k <= 50; k++) {
            tape.reset();
            TapeVar x = tape.variable(k);
            Num y = x.mul(x).sin();
            assertEquals(2 * k * Math.cos((double) k * k), tape.gradient(y, x)[0], 1e-9);
            assertEquals(3, tape.size());
        }
    }

    @Test
    void aVariableFromBeforeAResetIsRejected() {
        Tape tape = new Tape();
        TapeVar x = tape.variable(1);
        tape.reset();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> x.sin());
        assertTrue(e.getMessage().startsWith("sin: a variable recorded before the tape was reset"), e.getMessage());
    }

    @Test
    void aVariableFromAnotherTapeIsRejected() {
        TapeVar x = new Tape().variable(1);
        TapeVar y = new Tape().variable(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.mul(y));
        assertEquals("mul: the operands belong to different tapes", e.getMessage());
        Tape other = new Tape();
        assertThrows(IllegalArgumentException.class, () -> other.gradient(x, x));
    }

    @Test
    void aTapeIsConfinedToItsThread() throws Exception {
        Tape tape = new Tape();
        TapeVar x = tape.variable(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> f = pool.submit(() -> x.exp());
            ExecutionException e = assertThrows(ExecutionException.class, f::get);
            assertInstanceOf(IllegalStateException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("belongs to thread"), e.getCause().getMessage());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twoThreadsDifferentiatingAtOnceDoNotInterfere() throws Exception {
        ScalarFunction f = v -> {
            Num s = v[0].constant(0);
            for (int i = 0; i < v.length; i++) s = s.add(v[i].mul(v[(i + 1) % v.length]).sin());
            return s;
        };
        double[] a = new double[200], b = new double[200];
        for (int i = 0; i < 200; i++) { a[i] = 0.01 * i; b[i] = -0.02 * i; }
        double[] ga = Forward.gradient(f, a), gb = Forward.gradient(f, b);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Boolean> runA = () -> { start.await(); for (int k = 0; k < 300; k++) if (!java.util.Arrays.equals(ga, Reverse.gradient(f, a))) return false; return true; };
            Callable<Boolean> runB = () -> { start.await(); for (int k = 0; k < 300; k++) if (!java.util.Arrays.equals(gb, Reverse.gradient(f, b))) return false; return true; };
            Future<Boolean> fa = pool.submit(runA), fb = pool.submit(runB);
            assertTrue(fa.get(60, TimeUnit.SECONDS));
            assertTrue(fb.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void reverseModeInsideReverseModeGetsItsOwnTape() {
        double[] g = Reverse.gradient(v -> v[0].mul(Reverse.gradient(w -> w[0].square(), new double[] {3})[0]), new double[] {2});
        assertEquals(6, g[0], 0.0);
    }

    @Test
    void vjpAndJacobianOfAVectorFunction() {
        VectorFunction f = v -> new Num[] {v[0].mul(v[1]), v[0].sin().add(v[1]), v[1].exp()};
        double[] x = {0.5, 1.5};
        double[][] j = Reverse.jacobian(f, x);
        assertArrayEquals(Forward.jacobian(f, x)[0], j[0], 1e-15);
        assertArrayEquals(Forward.jacobian(f, x)[1], j[1], 1e-15);
        assertArrayEquals(Forward.jacobian(f, x)[2], j[2], 1e-15);
        double[] u = {1, -2, 0.5};
        double[] vjp = Reverse.vjp(f, x, u);
        for (int k = 0; k < 2; k++) assertEquals(u[0] * j[0][k] + u[1] * j[1][k] + u[2] * j[2][k], vjp[k], 1e-14);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reverse.vjp(f, x, new double[] {1}));
        assertEquals("vjp: the function has 3 outputs but the cotangent has 1 coordinates", e.getMessage());
    }

    @Test
    void forwardOverReverseHessianEqualsForwardOverForward() {
        ScalarFunction f = v -> v[0].square().mul(v[1]).add(v[1].div(v[2]).exp()).add(v[0].max(v[2]).mul(v[1].hypot(v[0])));
        double[] x = {0.3, -1.2, 2.0};
        double[][] a = Reverse.hessian(f, x), b = Forward.hessian(f, x);
        for (int i = 0; i < 3; i++) assertArrayEquals(b[i], a[i], 1e-13);
    }

    /**
     * {@code y = a·c·Σ (j+1)·xⱼ + w·a}, with {@code a} recorded alone, the {@code xⱼ} in bulk, {@code c} and {@code w}
     * after operations; sizes change from round to round, so inputs land where the last round kept operations.
     */
    @Test
    void inputsRecordedInBulkAloneOrAfterOperationsGetTheirDerivatives() {
        for (Tape tape : new Tape[] {new Tape(), Tape.withSecondOrder()}) {
            for (int n : new int[] {300, 50, 600}) {
                tape.reset();
                TapeVar a = tape.variable(0.5);
                double[] values = new double[n];
                for (int j = 0; j < n; j++) values[j] = Math.sin(j);
                TapeVar[] xs = tape.variables(values);
                Num s = xs[0];
                double sum = values[0];
                for (int j = 1; j < n; j++) {
                    s = s.add(xs[j].mul(j + 1));
                    sum += (j + 1) * values[j];
                }
                Num z = a.mul(s);
                TapeVar c = tape.variable(2);
                TapeVar w = tape.variables(new double[] {3})[0];
                Num y = z.mul(c).add(w.mul(a));
                TapeVar[] wrt = new TapeVar[n + 3];
                wrt[0] = a;
                System.arraycopy(xs, 0, wrt, 1, n);
                wrt[n + 1] = c;
                wrt[n + 2] = w;
                double[] g = tape.gradient(y, wrt);
                assertEquals(sum * 2 + 3, g[0], 1e-12 * Math.abs(sum));
                for (int j = 0; j < n; j++) assertEquals(0.5 * (j + 1) * 2, g[j + 1], 1e-12, "x" + j);
                assertEquals(0.5 * sum, g[n + 1], 1e-12 * Math.abs(sum));
                assertEquals(0.5, g[n + 2]);
                assertEquals(2, tape.vjp(new Num[] {y}, new double[] {1}, (TapeVar) z)[0]);
                assertEquals(1, tape.gradient(xs[n - 1], xs[n - 1])[0]);
                if (tape.supportsSecondOrder()) {
                    double[] direction = new double[n + 3];
                    direction[0] = 1;
                    double[] column = SecondOrderSweep.hvp(tape, y, wrt, direction);
                    assertEquals(0, column[0]);
                    for (int j = 0; j < n; j++) assertEquals((j + 1) * 2, column[j + 1], 1e-12, "x" + j);
                    assertEquals(sum, column[n + 1], 1e-12 * Math.abs(sum));
                    assertEquals(1, column[n + 2]);
                }
            }
        }
    }

    @Test
    void aConstantOutputHasAZeroGradient() {
        assertArrayEquals(new double[] {0, 0}, Reverse.gradient(v -> v[0].constant(7), new double[] {1, 2}));
    }
}
