package dev.nabla.symbolic.parse;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Decimal;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Functions;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An operator-precedence parser working on explicit stacks (no recursion), so input nested
 * thousands of levels deep parses without exhausting the call stack. Grammar in
 * {@link dev.nabla.symbolic.parse the package documentation}.
 */
public final class Parser {

    /** An entry of the operator stack. */
    private record Op(Kind kind, String text, int position, Primitive function, int[] argc) {
        enum Kind { BINARY, NEGATE, PLUS, LEFT, CALL }
    }

    private final String input;
    private final List<Token> tokens;
    /** Operands: an {@link Expr}, or a {@link Product} still collecting the factors of {@code a*b/c…}. */
    private final List<Object> operands = new ArrayList<>();

    /**
     * The factors of a chain {@code a*b/c*…}, built into one product when the chain ends, so that the
     * product is constructed at once as the printer wrote it ({@code 2*(x + y)*z} stays a product
     * instead of distributing {@code 2} over the sum first).
     */
    private record Product(List<Expr> factors) {}
    private final List<Op> ops = new ArrayList<>();

    private Parser(String input) {
        this.input = input;
        this.tokens = Lexer.tokens(input);
    }

    /**
     * Parses {@code input} into an expression.
     *
     * @throws ParseException naming the problem and its position, with a caret under the input
     */
    public static Expr parse(String input) {
        if (input == null) throw new IllegalArgumentException("parse: the input is null");
        return new Parser(input).run();
    }

    private Expr run() {
        boolean expectOperand = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (expectOperand) {
                switch (t.type()) {
                    case NUMBER -> {
                        operands.add(Rational.of(new BigInteger(t.text())));
                        expectOperand = false;
                    }
                    case DECIMAL -> {
                        operands.add(Decimal.of(Double.parseDouble(t.text())));
                        expectOperand = false;
                    }
                    case IDENTIFIER -> {
                        if (tokens.get(i + 1).type() == Token.Type.LEFT) {
                            ops.add(new Op(Op.Kind.CALL, t.text(), t.position(), function(t), new int[] {1}));
                            i++;
                        } else {
                            operands.add(atom(t));
                            expectOperand = false;
                        }
                    }
                    case LEFT -> ops.add(new Op(Op.Kind.LEFT, "(", t.position(), null, null));
                    case OPERATOR -> {
                        String tight = inExponent() ? "^" : "";
                        if (t.text().equals("-")) ops.add(new Op(Op.Kind.NEGATE, tight + "-", t.position(), null, null));
                        else if (t.text().equals("+")) ops.add(new Op(Op.Kind.PLUS, tight + "+", t.position(), null, null));
                        else throw error("expected a number, variable, function or '(' but found " + t.describe(), t);
                    }
                    default -> throw error("expected a number, variable, function or '(' but found " + t.describe(), t);
                }
            } else {
                switch (t.type()) {
                    case OPERATOR -> {
                        int prec = precedence(t.text());
                        boolean right = prec == POWER;
                        while (!ops.isEmpty()) {
                            Op top = ops.get(ops.size() - 1);
                            int topPrec = precedence(top);
                            if (topPrec < 0 || topPrec < prec || (topPrec == prec && right)) break;
                            reduce();
                        }
                        ops.add(new Op(Op.Kind.BINARY, t.text(), t.position(), null, null));
                        expectOperand = true;
                    }
                    case RIGHT -> closeParen(t);
                    case COMMA -> {
                        Op call = reduceToOpen(t);
                        if (call.kind() != Op.Kind.CALL) throw error("',' outside a function's argument list", t);
                        call.argc()[0]++;
                        expectOperand = true;
                    }
                    case END -> {
                        while (!ops.isEmpty()) {
                            Op top = ops.get(ops.size() - 1);
                            if (top.kind() == Op.Kind.LEFT || top.kind() == Op.Kind.CALL) {
                                throw error("'(' is never closed", top.position());
                            }
                            reduce();
                        }
                        return pop();
                    }
                    case IDENTIFIER, NUMBER, DECIMAL, LEFT -> throw error("expected an operator but found " + t.describe()
                            + " (write multiplication explicitly, e.g. 2*x)", t);
                }
            }
        }
        throw error("unexpected end of input", input.length());
    }

    private static final int POWER = 6;

    private static int precedence(String op) {
        return switch (op) {
            case "+", "-" -> 2;
            case "*", "/" -> 4;
            default -> POWER;
        };
    }

    /**
     * Precedence of a stacked operator; -1 for parentheses and calls, which only a ')' or ',' closes.
     * A prefix sign binds looser than {@code *} and {@code /} ({@code -a*b} is {@code -(a*b)}, the same
     * value as {@code (-a)*b} but the structure SymPy prints), except in an exponent, where it binds
     * tighter ({@code 2^-x*3} is {@code (2^(-x))*3}, as in Python); always looser than {@code ^}.
     */
    private static int precedence(Op op) {
        return switch (op.kind()) {
            case BINARY -> precedence(op.text());
            case NEGATE, PLUS -> op.text().startsWith("^") ? 5 : 3;
            default -> -1;
        };
    }

    /** Whether the next operand is (the start of) an exponent: the innermost pending operator is {@code ^} or a sign inside one. */
    private boolean inExponent() {
        if (ops.isEmpty()) return false;
        Op top = ops.get(ops.size() - 1);
        return (top.kind() == Op.Kind.BINARY && precedence(top.text()) == POWER)
                || ((top.kind() == Op.Kind.NEGATE || top.kind() == Op.Kind.PLUS) && top.text().startsWith("^"));
    }

    private void closeParen(Token t) {
        Op open = reduceToOpen(t);
        ops.remove(ops.size() - 1);
        if (open.kind() == Op.Kind.CALL) {
            int n = open.argc()[0];
            Primitive p = open.function();
            boolean variadic = p == Primitives.MIN || p == Primitives.MAX;
            if (variadic && n > 2) {
                Expr[] args = new Expr[n];
                for (int k = n - 1; k >= 0; k--) args[k] = pop();
                Expr folded = args[0];
                for (int k = 1; k < n; k++) folded = Call.of(p, folded, args[k]);
                operands.add(folded);
                return;
            }
            if (n != p.arity()) {
                throw error(p.name() + " takes " + p.arity() + " argument" + (p.arity() == 1 ? "" : "s") + ", got " + n, open.position());
            }
            Expr[] args = new Expr[n];
            for (int k = n - 1; k >= 0; k--) args[k] = pop();
            operands.add(Call.of(p, args));
        }
    }

    /** Reduces until the innermost '(' or call, which stays on the stack and is returned. */
    private Op reduceToOpen(Token t) {
        while (true) {
            if (ops.isEmpty()) throw error(t.type() == Token.Type.RIGHT ? "')' without a matching '('" : "',' outside a function's argument list", t);
            Op top = ops.get(ops.size() - 1);
            if (top.kind() == Op.Kind.LEFT || top.kind() == Op.Kind.CALL) return top;
            reduce();
        }
    }

    private void reduce() {
        Op op = ops.remove(ops.size() - 1);
        switch (op.kind()) {
            case NEGATE -> operands.add(pop().neg());
            case PLUS -> operands.add(pop());
            default -> {
                if (op.text().equals("*") || op.text().equals("/")) {
                    Object b = operands.remove(operands.size() - 1);
                    Object a = operands.remove(operands.size() - 1);
                    List<Expr> factors = a instanceof Product p ? p.factors() : new ArrayList<>(List.of((Expr) a));
                    boolean divide = op.text().equals("/");
                    // A parenthesised product joins the chain factor by factor, so x/(2*(x + y)) is
                    // x·2⁻¹·(x + y)⁻¹ as the printer meant it, not x/(2x + 2y).
                    List<Expr> right = b instanceof Product q ? q.factors() : List.of((Expr) b);
                    for (Expr f : right) factors.add(divide ? f.pow(-1) : f);
                    operands.add(new Product(factors));
                    return;
                }
                Expr b = pop();
                Expr a = pop();
                operands.add(switch (op.text()) {
                    case "+" -> a.add(b);
                    case "-" -> a.sub(b);
                    default -> a.pow(b);
                });
            }
        }
    }

    /** The top operand as an expression, building a pending product. */
    private Expr pop() {
        Object o = operands.remove(operands.size() - 1);
        return o instanceof Product p ? Mul.of(p.factors()) : (Expr) o;
    }

    private Primitive function(Token t) {
        return Functions.named(t.text()).orElseThrow(() -> error("unknown function '" + t.text() + "' (known: "
                + String.join(", ", Functions.names()) + ")", t));
    }

    private Expr atom(Token t) {
        String name = t.text();
        if (name.equals("pi")) return NamedConstant.PI;
        if (name.equals("e")) return NamedConstant.E;
        if (name.equals("nan")) return Decimal.NAN;
        if (name.equals("inf")) return Decimal.of(Double.POSITIVE_INFINITY);
        if (Functions.named(name).isPresent()) throw error("function '" + name + "' needs its arguments in parentheses, e.g. " + name + "(x)", t);
        return Symbol.of(name);
    }

    private ParseException error(String problem, Token t) {
        return error(problem, t.position());
    }

    private ParseException error(String problem, int position) {
        return new ParseException(problem, input, position);
    }
}
