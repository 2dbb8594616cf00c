package dev.nabla.cli;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** Lists the differentiation methods on the class path. */
@Command(name = "methods", description = "List the differentiation methods.")
public final class MethodsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Method m : Methods.all()) spec.commandLine().getOut().printf("%-20s %s%n", m.name(), m.description());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
