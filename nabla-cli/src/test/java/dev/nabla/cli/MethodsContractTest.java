package dev.nabla.cli;

import dev.nabla.core.Nabla;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Every method of every module on the command's class path prints as its name and is found by it. */
class MethodsContractTest {

    @Test
    void everyRegisteredMethodPrintsAsItsNameAndIsTheInstanceItsNameFinds() {
        assertFalse(Methods.all().isEmpty());
        ScalarFunction f = x -> x[0].mul(x[1].sin());
        for (Method m : Methods.all()) {
            assertEquals(m.name(), m.toString(), m.getClass().getName());
            assertSame(m, Methods.named(m.name()));
            assertEquals(Math.sin(2), Nabla.gradient(f, new double[] {1, 2}, m)[0], 1e-9, m.name());
        }
        String listed = Methods.all().toString();
        assertEquals("[forward, reverse, central", listed.substring(0, "[forward, reverse, central".length()), listed);
    }
}
