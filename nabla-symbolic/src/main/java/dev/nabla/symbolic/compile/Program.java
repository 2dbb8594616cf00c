package dev.nabla.symbolic.compile;

import java.util.List;

/**
 * A straight-line program computing several values: steps in evaluation order, each reading
 * variables, literals and earlier steps. Built by {@link Lowering} from expressions, or by a
 * {@link ProgramBuilder} from any other graph (a traced gradient), and compiled by
 * {@link Compiler#kernel(Program, Operand)}.
 */
public final class Program {
    private final List<String> variables;
    private final List<Step> steps;
    private final List<Operand> roots;
    private final List<Object> functions;

    /**
     * @param variables the variable names, in input order (for error messages)
     * @param steps     the operations
     * @param roots     one operand per output
     * @param functions the function objects that {@link Step.Op#TABLE} and {@link Step.Op#CUSTOM} steps call
     */
    Program(List<String> variables, List<Step> steps, List<Operand> roots, List<Object> functions) {
        this.variables = List.copyOf(variables);
        this.steps = List.copyOf(steps);
        this.roots = List.copyOf(roots);
        this.functions = List.copyOf(functions);
    }

    List<String> variables() { return variables; }
    List<Step> steps() { return steps; }
    List<Operand> roots() { return roots; }
    List<Object> functions() { return functions; }

    /** The number of variables, the length of the input array. */
    public int inputs() { return variables.size(); }

    /** The number of outputs. */
    public int outputs() { return roots.size(); }

    /**
     * The operand of output {@code r}.
     *
     * @throws IllegalArgumentException if there is no such output
     */
    public Operand root(int r) {
        if (r < 0 || r >= roots.size()) throw new IllegalArgumentException("root: output " + r + " of " + roots.size());
        return roots.get(r);
    }

    /** The number of operations (each computed once per run). */
    public int operations() { return steps.size(); }
}
