package dev.nabla.symbolic.method;

import dev.nabla.core.Nabla;
import dev.nabla.core.method.Methods;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SymbolicMethodsTest {

    @Test
    void theConstantIsTheRegisteredMethodAndPrintsAsItsName() {
        assertSame(Methods.named("symbolic"), SymbolicMethods.SYMBOLIC);
        assertEquals("symbolic", SymbolicMethods.SYMBOLIC.toString());
        assertEquals(Math.exp(0.5) * Math.cos(0.5) + Math.exp(0.5) * Math.sin(0.5),
                Nabla.derivative(t -> t.exp().mul(t.sin()), 0.5, SymbolicMethods.SYMBOLIC), 1e-15);
    }
}
