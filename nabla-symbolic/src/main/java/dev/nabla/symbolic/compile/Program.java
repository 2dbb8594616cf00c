package dev.nabla.symbolic.compile;

import java.util.List;

/**
 * A straight-line program computing several expressions: steps in evaluation order, each reading
 * variables, literals and earlier steps.
 *
 * @param variables the variable names, in input order (for error messages)
 * @param steps     the operations
 * @param roots     one operand per output
 * @param functions the function objects that {@link Step.Op#TABLE} and {@link Step.Op#CUSTOM} steps call
 */
record Program(List<String> variables, List<Step> steps, List<Operand> roots, List<Object> functions) {
    Program {
        variables = List.copyOf(variables);
        steps = List.copyOf(steps);
        roots = List.copyOf(roots);
        functions = List.copyOf(functions);
    }
}
