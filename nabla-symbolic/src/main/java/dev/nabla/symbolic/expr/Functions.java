package dev.nabla.symbolic.expr;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names of things an expression can call or mention, in one place: every primitive of the rule
 * table except the arithmetic operators ({@code add, sub, mul, div, neg, pow}, written as
 * operators), SymPy's spellings of them ({@code Abs, Min, Max, Heaviside}, and {@code ln} for
 * {@code log}), and the reserved words that are not symbols: the constants
 * ({@code pi, e, E, nan, inf, oo, zoo}) and SymPy's number constructors ({@code Rational, Float}).
 * Printers and the parser read these tables; a primitive is always identified by the object, never
 * by its name.
 */
public final class Functions {
    private Functions() {}

    private static final Set<Primitive> OPERATORS = Set.of(Primitives.ADD, Primitives.SUB, Primitives.MUL,
            Primitives.DIV, Primitives.NEG, Primitives.POW);

    private static final Map<String, Primitive> BY_NAME = index();

    /** SymPy's name where it differs from the table's (a function SymPy lacks is written out by its printer). */
    private static final Map<Primitive, String> SYMPY = sympyNames();

    private static final Map<String, Primitive> ALIASES = aliases();

    /** The {@code java.lang.Math} method computing each primitive's value bit for bit, where there is one. */
    private static final Map<Primitive, String> JAVA_MATH = javaMath();

    /** Constants and number constructors: names that are never symbols. */
    private static final List<String> RESERVED = List.of("pi", "e", "E", "nan", "inf", "oo", "zoo", "Rational", "Float");

    /** The function called {@code name} in the table, or by a SymPy spelling ({@code Abs}, {@code ln} …). */
    public static Optional<Primitive> named(String name) {
        Primitive p = BY_NAME.get(name);
        return Optional.ofNullable(p != null ? p : ALIASES.get(name));
    }

    /** All table names, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The SymPy spellings accepted besides the table names, sorted ({@code Abs, Heaviside, Max, Min, ln}). */
    public static List<String> sympySpellings() {
        return List.copyOf(ALIASES.keySet());
    }

    /** The name SymPy gives {@code p}: {@code Abs} for {@code abs}, the table name where they agree. */
    public static String sympyName(Primitive p) {
        return SYMPY.getOrDefault(p, p.name());
    }

    /**
     * The {@code java.lang.Math} method whose value is the table's value of {@code p} bit for bit
     * ({@code sin}, {@code signum} for {@code sign}, {@code pow} …), if there is one; a test checks each.
     * The compiler calls it, the Java printer writes it.
     */
    public static Optional<String> javaMathMethod(Primitive p) {
        return Optional.ofNullable(JAVA_MATH.get(p));
    }

    /** Whether {@code name} is a constant, a number constructor or a function name, so not a symbol. */
    public static boolean isReserved(String name) {
        return RESERVED.contains(name) || named(name).isPresent();
    }

    /** The reserved words that are not function names: {@code pi, e, E, nan, inf, oo, zoo, Rational, Float}. */
    public static List<String> reservedWords() {
        return RESERVED;
    }

    private static Map<String, Primitive> index() {
        Map<String, Primitive> m = new TreeMap<>();
        for (Primitive p : Primitives.all()) if (!OPERATORS.contains(p)) m.put(p.name(), p);
        return Collections.unmodifiableMap(m);
    }

    private static Map<Primitive, String> sympyNames() {
        Map<Primitive, String> m = new IdentityHashMap<>();
        m.put(Primitives.ABS, "Abs");
        m.put(Primitives.MIN, "Min");
        m.put(Primitives.MAX, "Max");
        m.put(Primitives.HEAVISIDE, "Heaviside");
        return Collections.unmodifiableMap(m);
    }

    private static Map<Primitive, String> javaMath() {
        Map<Primitive, String> m = new IdentityHashMap<>();
        for (Primitive p : List.of(Primitives.SQRT, Primitives.CBRT, Primitives.EXP, Primitives.EXPM1, Primitives.LOG,
                Primitives.LOG1P, Primitives.LOG10, Primitives.SIN, Primitives.COS, Primitives.TAN, Primitives.ASIN,
                Primitives.ACOS, Primitives.ATAN, Primitives.ATAN2, Primitives.SINH, Primitives.COSH, Primitives.TANH,
                Primitives.ABS, Primitives.MIN, Primitives.MAX, Primitives.HYPOT, Primitives.POW)) {
            m.put(p, p.name());
        }
        m.put(Primitives.SIGN, "signum");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Primitive> aliases() {
        Map<String, Primitive> m = new TreeMap<>();
        for (Map.Entry<Primitive, String> e : SYMPY.entrySet()) m.put(e.getValue(), e.getKey());
        m.put("ln", Primitives.LOG);
        return Collections.unmodifiableMap(m);
    }
}
