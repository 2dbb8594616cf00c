package dev.nabla.symbolic.simplify;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Rational;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code k·sin²u + k·cos²u = k} and {@code k·cosh²u - k·sinh²u = k} inside a sum, in one linear scan. */
final class Pythagoras {
    private Pythagoras() {}

    private record Square(Primitive function, Expr argument, Constant coefficient) {}

    private record Key(Primitive function, Expr argument, Expr coefficient) {}

    static Expr apply(Add sum) {
        Map<Key, Integer> at = new HashMap<>();
        List<Square> squares = new ArrayList<>();
        for (Expr t : sum.args()) {
            Square s = square(t);
            squares.add(s);
            if (s != null) at.put(key(s.function, s.argument, s.coefficient), squares.size() - 1);
        }
        boolean[] removed = new boolean[squares.size()];
        List<Expr> added = new ArrayList<>();
        for (int i = 0; i < squares.size(); i++) {
            Square s = squares.get(i);
            if (s == null || removed[i]) continue;
            Key partner = s.function == Primitives.SIN ? key(Primitives.COS, s.argument, s.coefficient)
                    : s.function == Primitives.COSH ? key(Primitives.SINH, s.argument, negate(s.coefficient))
                    : null;
            Integer j = partner == null ? null : at.get(partner);
            if (j != null && !removed[j]) {
                removed[i] = true;
                removed[j] = true;
                added.add(s.coefficient);
            }
        }
        if (added.isEmpty()) return sum;
        List<Expr> terms = new ArrayList<>(added);
        for (int i = 0; i < removed.length; i++) if (!removed[i]) terms.add(sum.arg(i));
        return Add.of(terms);
    }

    private static Constant negate(Constant c) {
        return (Constant) Mul.of(Rational.MINUS_ONE, c);
    }

    private static Key key(Primitive f, Expr arg, Constant k) {
        return new Key(f, arg, k);
    }

    private static Square square(Expr t) {
        Constant k = Rational.ONE;
        Expr rest = t;
        if (t instanceof Mul m && m.coefficient() != null && m.arity() == 2) {
            k = m.coefficient();
            rest = m.arg(1);
        }
        if (rest instanceof Pow p && p.exponent() == Rational.TWO && p.base() instanceof Call c && c.arity() == 1) {
            return new Square(c.primitive(), c.arg(0), k);
        }
        return null;
    }
}
