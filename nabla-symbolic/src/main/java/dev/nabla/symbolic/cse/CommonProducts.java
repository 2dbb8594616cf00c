package dev.nabla.symbolic.cse;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Common sub-products of different products, as SymPy's {@code cse} finds them: when two products
 * share at least two factors, the shared part becomes one product both use
 * ({@code a·b·c} and {@code a·b·d} become {@code p·c} and {@code p·d} with {@code p = a·b}), and a
 * later product containing all factors of a shared one uses it. Greedy over pairs in topological
 * order, so quadratic in the number of products; skipped above
 * {@value #MAX_PRODUCTS} products.
 */
final class CommonProducts {
    static final int MAX_PRODUCTS = 2000;

    /** A shared product: its factors are original nodes or other shared products. */
    static final class Product {
        final List<Object> factors;

        Product(List<Object> factors) {
            this.factors = factors;
        }
    }

    /** For each product node of {@code order} with a shared part, its factors rewritten over shared products. */
    static Map<Expr, List<Object>> find(List<Expr> order) {
        List<Mul> muls = new ArrayList<>();
        Map<Expr, List<Object>> factors = new IdentityHashMap<>();
        for (Expr e : order) {
            if (e instanceof Mul m) {
                List<Object> fs = new ArrayList<>(m.withoutCoefficient() instanceof Mul w ? w.args() : List.of(m.withoutCoefficient()));
                if (fs.size() >= 2) {
                    muls.add(m);
                    factors.put(m, fs);
                }
            }
        }
        Map<Expr, List<Object>> rewritten = new IdentityHashMap<>();
        if (muls.size() > MAX_PRODUCTS) return rewritten;
        List<Product> shared = new ArrayList<>();
        for (int j = 0; j < muls.size(); j++) {
            List<Object> b = factors.get(muls.get(j));
            for (Product p : shared) {
                if (p.factors.size() <= b.size() && containsAll(b, p.factors)) {
                    replace(b, p.factors, p);
                    rewritten.put(muls.get(j), b);
                }
            }
            for (int i = 0; i < j; i++) {
                List<Object> a = factors.get(muls.get(i));
                List<Object> common = new ArrayList<>();
                for (Object f : a) if (containsIdentical(b, f)) common.add(f);
                if (common.size() < 2) continue;
                Product p = new Product(common);
                shared.add(p);
                replace(a, common, p);
                replace(b, common, p);
                rewritten.put(muls.get(i), a);
                rewritten.put(muls.get(j), b);
            }
        }
        return rewritten;
    }

    private static boolean containsAll(List<Object> list, List<Object> items) {
        for (Object o : items) if (!containsIdentical(list, o)) return false;
        return true;
    }

    private static void replace(List<Object> list, List<Object> common, Product p) {
        list.removeIf(f -> containsIdentical(common, f));
        list.add(p);
    }

    private static boolean containsIdentical(List<Object> list, Object o) {
        for (Object x : list) if (x == o) return true;
        return false;
    }
}
