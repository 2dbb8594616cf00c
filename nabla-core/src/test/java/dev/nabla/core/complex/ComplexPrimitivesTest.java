package dev.nabla.core.complex;

import dev.nabla.core.rules.Primitives;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every primitive of the table has a complex value. That the complex step of each reproduces the table's partials
 * — inside the domain, on its ends, at special points and outside — is part of the contract over every backend
 * ({@code PrimitiveContractTest} in nabla-symbolic).
 */
class ComplexPrimitivesTest {
    @TestFactory
    Stream<DynamicTest> everyPrimitiveHasAComplexValue() {
        return Primitives.all().stream().map(p -> DynamicTest.dynamicTest(p.name(),
                () -> assertTrue(ComplexFunctions.covers(p), "no complex value for primitive '" + p.name() + "'")));
    }
}
