package dev.nabla.cli;

import dev.nabla.cli.precise.SignificantDigits;
import dev.nabla.cli.precise.SympyFloat;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.print.PythonFloat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code nabla eval EXPR --at x=4,y=5 [--digits N | --decimals N]}: SymPy's {@code evalf(N, subs={x: 4, y: 5})}. */
@Command(name = "eval", description = {
        "The value of EXPR at a point.",
        "Without options: in double precision, printed as Python's repr (the shortest text that reads back).",
        "--digits N: N correct significant digits, as SymPy's evalf(N), computed in arbitrary precision",
        "(N from 1 to " + SignificantDigits.MAX_DIGITS + "); --decimals N: N correct digits after the point, as Python's",
        "\"{:.Nf}\".format(...) of the exact value. A decimal literal stands for its double (0.1 is",
        "0.1000000000000000055511151231257827...), as SymPy's Float(0.1); write 1/10 for an exact tenth.",
        "pi, e and fractions in --at are exact (--at x=pi/4)."})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression.")
    String expression;

    @Option(names = "--at", paramLabel = "x=4,y=5", description = "A value for every variable of EXPR.")
    String at;

    @ArgGroup(exclusive = true)
    Precision precision;

    /** {@code --digits N} or {@code --decimals N}, not both. */
    static final class Precision {
        @Option(names = "--digits", paramLabel = "N", description = "Significant digits, all correct (SymPy's evalf(N)).")
        Integer digits;

        @Option(names = "--decimals", paramLabel = "N", description = "Digits after the point, all correct (Python's \"{:.Nf}\").")
        Integer decimals;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Expr e = Inputs.expression(expression);
        Map<Symbol, Expr> point = Inputs.pointExpressions("eval", at);
        Inputs.checkVariables("eval", "--at", expression, e, point.keySet(), true);
        String text;
        if (precision != null && precision.digits != null) {
            text = significant(e, point, precision.digits);
        } else if (precision != null && precision.decimals != null) {
            text = decimals(e, point, precision.decimals);
        } else {
            Map<String, Double> byName = new LinkedHashMap<>();
            point.forEach((s, v) -> byName.put(s.name(), v.evalf()));
            text = PythonFloat.repr(e.evalf(byName));
        }
        spec.commandLine().getOut().println(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String significant(Expr e, Map<Symbol, Expr> point, int digits) {
        SignificantDigits.Result r = precise(e, point, digits, "--digits");
        if (r.zero()) return r.zeroBelow() == 0 ? "0" : "0.e" + r.zeroBelow();
        return SympyFloat.format(r.value(), digits);
    }

    private static String decimals(Expr e, Map<Symbol, Expr> point, int decimals) {
        if (decimals < 0 || decimals > SignificantDigits.MAX_DIGITS) {
            throw new IllegalArgumentException("eval: --decimals must be from 0 to " + SignificantDigits.MAX_DIGITS + ", got " + decimals);
        }
        SignificantDigits.Result rough = precise(e, point, 20, "--decimals");
        if (rough.zero()) return BigDecimal.ZERO.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        BigDecimal v = rough.value();
        int before = v.precision() - v.scale();
        int needed = Math.max(1, before + decimals) + 2;
        if (needed > SignificantDigits.MAX_DIGITS) {
            throw new IllegalArgumentException("eval: --decimals " + decimals + " needs " + needed + " significant digits of a value with "
                    + before + " digits before the point; at most " + SignificantDigits.MAX_DIGITS);
        }
        SignificantDigits.Result exact = precise(e, point, needed, "--decimals");
        BigDecimal value = exact.zero() ? BigDecimal.ZERO : exact.value();
        return value.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static SignificantDigits.Result precise(Expr e, Map<Symbol, Expr> point, int digits, String option) {
        try {
            return SignificantDigits.of(e, point, digits);
        } catch (IllegalArgumentException | ArithmeticException ex) {
            throw new IllegalArgumentException("eval " + option + ": " + ex.getMessage(), ex);
        }
    }
}
