package dev.nabla.symbolic.expr;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;

/**
 * The hash-consing table: structurally equal nodes are one object. Keys are held weakly, so a node
 * nobody references any more is dropped; lock striping keeps concurrent construction cheap.
 */
final class Interner {
    private static final int STRIPES = 64;

    private static final Interner INSTANCE = new Interner();

    private final List<WeakHashMap<Expr, WeakReference<Expr>>> tables = new ArrayList<>(STRIPES);

    private Interner() {
        for (int i = 0; i < STRIPES; i++) tables.add(new WeakHashMap<>());
    }

    /** The canonical node equal to {@code candidate}: an existing one, or {@code candidate} itself. */
    @SuppressWarnings("unchecked")
    static <T extends Expr> T intern(T candidate) {
        return (T) INSTANCE.lookup(candidate);
    }

    private Expr lookup(Expr candidate) {
        int h = candidate.hashCode();
        WeakHashMap<Expr, WeakReference<Expr>> table = tables.get((h ^ (h >>> 16)) & (STRIPES - 1));
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
