package dev.nabla.symbolic.expr;

import java.lang.ref.WeakReference;
import java.util.WeakHashMap;

/**
 * The hash-consing table: structurally equal nodes are one object. Keys are held weakly, so a node
 * nobody references any more is dropped; lock striping keeps concurrent construction cheap.
 */
final class Interner {
    private static final int STRIPES = 64;

    private static final Interner INSTANCE = new Interner();

    @SuppressWarnings("unchecked")
    private final WeakHashMap<Expr, WeakReference<Expr>>[] tables = new WeakHashMap[STRIPES];

    private Interner() {
        for (int i = 0; i < STRIPES; i++) tables[i] = new WeakHashMap<>();
    }

    /** The canonical node equal to {@code candidate}: an existing one, or {@code candidate} itself. */
    @SuppressWarnings("unchecked")
    static <T extends Expr> T intern(T candidate) {
        return (T) INSTANCE.lookup(candidate);
    }

    /** The number of live nodes (for tests and diagnostics). */
    static int size() {
        int n = 0;
        for (WeakHashMap<Expr, WeakReference<Expr>> t : INSTANCE.tables) {
            synchronized (t) { n += t.size(); }
        }
        return n;
    }

    private Expr lookup(Expr candidate) {
        int h = candidate.hashCode();
        WeakHashMap<Expr, WeakReference<Expr>> table = tables[(h ^ (h >>> 16)) & (STRIPES - 1)];
        synchronized (table) {
            WeakReference<Expr> ref = table.get(candidate);
            if (ref != null) {
                Expr existing = ref.get();
                if (existing != null) return existing;
            }
            table.put(candidate, new WeakReference<>(candidate));
            return candidate;
        }
    }
}
