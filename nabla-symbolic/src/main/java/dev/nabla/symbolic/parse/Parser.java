package dev.nabla.symbolic.parse;

import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Decimal;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Functions;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An operator-precedence parser working on explicit stacks (no recursion), so input nested
 * thousands of levels deep parses without exhausting the call stack. Grammar in
 * {@link dev.nabla.symbolic.parse the package documentation}.
 */
public final class Parser {

    /**
     * The longest input accepted, in characters. Every input up to this length parses or is rejected in
     * time near-linear in its length; a longer one is rejected at once.
     */
    public static final int MAX_LENGTH = 1_000_000;

    /** An entry of the operator stack. */
    private record Op(Kind kind, String text, int position, Callee function, int[] argc) {
        enum Kind { BINARY, NEGATE, PLUS, LEFT, CALL }
    }

    private final String input;
    private final List<Token> tokens;
    /**
     * Operands: an {@link Expr}, a {@link Product} still collecting the factors of {@code a*b/c…}, or a
     * {@link Sum} still collecting the terms of {@code a + b - c…}.
     */
    private final List<Object> operands = new ArrayList<>();

    /**
     * The factors of a chain {@code a*b/c*…}, built into one product when the chain ends, so that the
     * product is constructed at once as the printer wrote it ({@code 2*(x + y)*z} stays a product
     * instead of distributing {@code 2} over the sum first).
     */
    private record Product(List<Expr> factors) {}

    /** The terms of a chain {@code a + b - c …}, built into one sum when the chain ends (in time near-linear in its length). */
    private record Sum(List<Expr> terms) {}
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
        if (input.length() > MAX_LENGTH) {
            throw new ParseException("the input has " + input.length() + " characters, more than the limit of " + MAX_LENGTH, input, MAX_LENGTH);
        }
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
                    case STRING -> {
                        operands.add(floatArgument(t, i));
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
                    case IDENTIFIER, NUMBER, DECIMAL, STRING, LEFT -> throw error("expected an operator but found " + t.describe()
                            + " (write multiplication explicitly, e.g. 2*x)", t);
                }
            }
        }
        throw error("unexpected end of input", input.length());
    }

    private static final int POWER = 6;

    /**
     * A parenthesised product of at most this many factors joins the product around it factor by
     * factor; a longer one is built first. The printer parenthesises a product with a coefficient only
     * as a divisor ({@code x/(2*(x + y))}), where joining keeps {@code 2} from distributing over the sum.
     */
    private static final int JOIN_LIMIT = 8;

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
            Callee f = open.function();
            if (n < f.minArgs() || n > f.maxArgs()) throw error(f.arity() + ", got " + n, open.position());
            Expr[] args = new Expr[n];
            for (int k = n - 1; k >= 0; k--) args[k] = pop();
            operands.add(building(f.name(), open.position(), () -> f.build().apply(args)));
        }
    }

    /**
     * {@code Float('…')}: a string is accepted only as the whole argument of {@code Float}, and must be a
     * decimal number (ASCII digits), {@code inf}, {@code -inf} or {@code nan}.
     */
    private Expr floatArgument(Token t, int i) {
        Op top = ops.isEmpty() ? null : ops.get(ops.size() - 1);
        boolean alone = top != null && top.kind() == Op.Kind.CALL && top.function() == Spellings.FLOAT
                && tokens.get(i - 1).type() == Token.Type.LEFT
                && (tokens.get(i + 1).type() == Token.Type.RIGHT || tokens.get(i + 1).type() == Token.Type.COMMA);
        if (!alone) throw error("a string is allowed only as the argument of Float('…')", t);
        return Spellings.floatString(t.text()).orElseThrow(() -> error("Float: " + t.describe() + " is not a decimal number, inf or nan", t));
    }

    /** Builds a node, turning a failure of the algebra (an exact number too large …) into a {@link ParseException} at {@code position}. */
    private Expr building(String operation, int position, java.util.function.Supplier<Expr> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | ArithmeticException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw error(message.startsWith(operation) ? message : operation + ": " + message, position);
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
            case NEGATE -> {
                Expr a = pop();
                operands.add(building("-", op.position(), a::neg));
            }
            case PLUS -> operands.add(pop());
            default -> {
                if (op.text().equals("*") || op.text().equals("/")) {
                    Object b = operands.remove(operands.size() - 1);
                    Object a = operands.remove(operands.size() - 1);
                    List<Expr> factors = a instanceof Product p ? p.factors() : new ArrayList<>(List.of(build(a, op.position())));
                    boolean divide = op.text().equals("/");
                    // A parenthesised product joins the chain factor by factor, so x/(2*(x + y)) is
                    // x·2⁻¹·(x + y)⁻¹ as the printer meant it, not x/(2x + 2y). A long one (which the
                    // printer never writes in parentheses with a coefficient) is built first, so that
                    // x*(x*(x*…)) costs linear, not quadratic, time.
                    List<Expr> right = b instanceof Product q && q.factors().size() <= JOIN_LIMIT
                            ? q.factors() : List.of(build(b, op.position()));
                    for (Expr f : right) factors.add(divide ? building("/", op.position(), () -> f.pow(-1)) : f);
                    operands.add(new Product(factors));
                    return;
                }
                if (op.text().equals("+") || op.text().equals("-")) {
                    Object b = operands.remove(operands.size() - 1);
                    Object a = operands.remove(operands.size() - 1);
                    List<Expr> terms = a instanceof Sum s ? s.terms() : new ArrayList<>(List.of(build(a, op.position())));
                    boolean minus = op.text().equals("-");
                    Expr t = build(b, op.position());
                    terms.add(minus ? building("-", op.position(), t::neg) : t);
                    operands.add(new Sum(terms));
                    return;
                }
                Expr b = pop();
                Expr a = pop();
                operands.add(building(op.text(), op.position(), () -> a.pow(b)));
            }
        }
    }

    /** The top operand as an expression, building a pending product. */
    private Expr pop() {
        return build(operands.remove(operands.size() - 1), input.length());
    }

    private Expr build(Object operand, int position) {
        if (operand instanceof Product p) return building("*", position, () -> Mul.of(p.factors()));
        if (operand instanceof Sum s) return building("+", position, () -> Add.of(s.terms()));
        return (Expr) operand;
    }

    private Callee function(Token t) {
        return Spellings.callee(t.text()).orElseThrow(() -> error("unknown function '" + t.text() + "' (known: "
                + String.join(", ", Functions.names()) + "; SymPy's spellings " + String.join(", ", Functions.sympySpellings())
                + ", log(x, b), Rational(p, q), Float('…'))", t));
    }

    private Expr atom(Token t) {
        String name = t.text();
        Optional<Expr> constant = Spellings.constant(name);
        if (constant.isPresent()) return constant.get();
        if (Spellings.callee(name).isPresent()) throw error("function '" + name + "' needs its arguments in parentheses, e.g. " + name + "(x)", t);
        try {
            return Symbol.of(name);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), t);
        }
    }

    private ParseException error(String problem, Token t) {
        return error(problem, t.position());
    }

    private ParseException error(String problem, int position) {
        return new ParseException(problem, input, position);
    }
}
