package dev.nabla.cli;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code grad} and {@code hessian} differentiate: the expression as a function of the variables
 * of {@code --at}, in {@code --at} order, the point, and the method.
 *
 * @param variables the variables, in the order of {@code --at}
 * @param point     their values
 * @param function  the expression as a function on the algebra (compiled on doubles)
 * @param method    the differentiation method
 */
record PointProblem(List<Symbol> variables, double[] point, ScalarFunction function, Method method) {

    /**
     * @throws IllegalArgumentException for a parse error, an unknown variable, a variable without a
     *                                  value, or an unknown method (listing the valid ones)
     */
    static PointProblem of(String command, String expression, String at, String methodName) {
        Expr e = Inputs.expression(expression);
        Map<Symbol, Double> values = Inputs.point(command, at);
        Inputs.checkVariables(command, "--at", expression, e, values.keySet(), true);
        Method method = Methods.named(methodName);
        List<Symbol> vars = new ArrayList<>(values.keySet());
        double[] x = new double[vars.size()];
        for (int i = 0; i < x.length; i++) x[i] = values.get(vars.get(i));
        return new PointProblem(vars, x, Compiler.lambdify(e, vars), method);
    }

    /** The function's value at the point. */
    double value() {
        return function.apply(dev.nabla.core.algebra.Real.of(point)).doubleValue();
    }
}
