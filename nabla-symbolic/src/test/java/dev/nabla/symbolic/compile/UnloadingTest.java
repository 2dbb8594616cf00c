package dev.nabla.symbolic.compile;

import dev.nabla.symbolic.expr.Expr;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;

import static org.junit.jupiter.api.Assertions.*;

/** Compiled functions are hidden classes that the garbage collector unloads with the function. */
class UnloadingTest {

    static WeakReference<Class<?>> compileAndDrop() {
        CompiledFunction f = Compiler.compile(Expr.parse("x*sin(x) + 3"), Expr.symbol("x"));
        assertEquals(3, f.applyAsDouble(0));
        assertTrue(f.getClass().isHidden());
        return new WeakReference<>(f.getClass());
    }

    @Test
    void anUnreachableCompiledFunctionsClassIsCollected() throws InterruptedException {
        WeakReference<Class<?>> ref = compileAndDrop();
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "the hidden class is still reachable after 50 collections");
    }
}
