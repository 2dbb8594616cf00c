package dev.nabla.symbolic;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.nabla.symbolic.expr.Expr;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture enforces itself: dependencies point toward {@code nabla-core}, and packages form no
 * cycles except the documented ones:
 * <ul>
 *   <li>the {@link Expr} facade ({@code Expr.parse}, {@code diff}, {@code simplify}, {@code toString} …
 *       delegate to the packages that work on expressions, which in turn build expressions);</li>
 *   <li>in core, the algebra and the rule table define each other ({@code Num.apply(primitive)} runs
 *       the table, the table's rules are written on {@code Num}): the one idea of the design;</li>
 *   <li>in core, {@code CoreMethods} lists the built-in methods ({@code ForwardMethod},
 *       {@code ReverseMethod}), which implement {@code Method}: the registry of the package that defines
 *       the interface.</li>
 * </ul>
 * Any other cycle, and any dependency of core on another module, fails the build.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nabla.core", "dev.nabla.symbolic");

    @Test
    void coreDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("dev.nabla.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.nabla.core..", "java..")
                .because("nabla-core has no run-time dependency and knows no other module")
                .check(CLASSES);
    }

    @Test
    void symbolicDependsOnlyOnCoreAndAsm() {
        classes().that().resideInAPackage("dev.nabla.symbolic..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.nabla.symbolic..", "dev.nabla.core..", "java..",
                        "org.objectweb.asm..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.nabla.symbolic..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nabla.numeric..", "dev.nabla.tensor..", "dev.nabla.cli..",
                        "dev.nabla.bench..", "dev.nabla.spark..")
                .check(CLASSES);
    }

    @Test
    void corePackagesFormNoCycles() {
        slices().matching("dev.nabla.core.(*)..").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.describe("the algebra", c -> c.getPackageName().equals("dev.nabla.core.algebra")),
                        DescribedPredicate.describe("the rule table", c -> c.getPackageName().equals("dev.nabla.core.rules")))
                .ignoreDependency(DescribedPredicate.describe("the registry of built-in methods and its typed constants",
                        c -> c.getName().equals("dev.nabla.core.method.CoreMethods") || c.getName().equals("dev.nabla.core.method.Methods")),
                        DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void symbolicPackagesFormNoCyclesButTheExprFacade() {
        slices().matching("dev.nabla.symbolic.(*)..").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.describe("the Expr facade", c -> c.isEquivalentTo(Expr.class)),
                        DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }
}
