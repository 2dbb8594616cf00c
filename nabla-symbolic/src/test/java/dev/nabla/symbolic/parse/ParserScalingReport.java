package dev.nabla.symbolic.parse;

import dev.nabla.symbolic.expr.Expr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Prints the parser's worst time per input size over families of adversarial inputs (deep nesting,
 * long chains, long numbers, exact arithmetic that grows), each built to the given number of
 * characters: wall-clock time, the parsing thread's CPU time and the collector's time (on a loaded
 * machine the wall-clock time mostly measures waiting for a core).
 * Each input is parsed twice and the second run is reported, so the first pays the JIT warm-up.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:../nabla-core/target/classes:ASM_JAR dev.nabla.symbolic.parse.ParserScalingReport [sizes…]
 * </pre>
 */
public final class ParserScalingReport {
    private ParserScalingReport() {}

    private static String repeat(String open, String middle, String close, int size) {
        int n = Math.max(0, (size - middle.length()) / (open.length() + close.length()));
        return open.repeat(n) + middle + close.repeat(n);
    }

    private static String chain(String first, IntFunction<String> term, int size) {
        StringBuilder b = new StringBuilder(first);
        for (int i = 1; ; i++) {
            String t = term.apply(i);
            if (b.length() + t.length() > size) return b.toString();
            b.append(t);
        }
    }

    static Map<String, IntFunction<String>> families() {
        Map<String, IntFunction<String>> f = new LinkedHashMap<>();
        f.put("x*(x*(…))", n -> repeat("x*(", "x", ")", n));
        f.put("1/(1/(…))", n -> repeat("1/(", "1", ")", n));
        f.put("x/(y/(…))", n -> repeat("x/(y/(", "1", "))", n));
        f.put("x - (x - (…))", n -> repeat("x - (", "x", ")", n));
        f.put("((…(x)…))", n -> repeat("(", "x", ")", n));
        f.put("sin(sin(…))", n -> repeat("sin(", "x", ")", n));
        f.put("x^x^…^x", n -> repeat("x^", "x", "", n));
        f.put("2^2^…^2", n -> repeat("2^", "2", "", n));
        f.put("--…-x", n -> repeat("-", "x", "", n));
        f.put("1 + 1/1 + … + 1/k", n -> chain("1", i -> " + 1/" + i, n));
        f.put("1*2/3*…", n -> chain("1", i -> "*" + (i % 97 + 1) + "/" + (i % 89 + 1), n));
        f.put("x + x1 + … + xk", n -> chain("x", i -> " + x" + i, n));
        f.put("x + x^2 + … + x^k", n -> chain("x", i -> " + x^" + i, n));
        f.put("x*x1*…*xk", n -> chain("x", i -> "*x" + i, n));
        f.put("max(x, x, …)", n -> chain("max(x", i -> i * 3 + 4 > n ? ")" : ", x", n - 1) + ")");
        f.put("integer digits", n -> "7".repeat(n));
        f.put("decimal digits", n -> "1." + "3".repeat(Math.max(0, n - 2)));
        f.put("exponent digits", n -> "1e" + "3".repeat(Math.max(0, n - 2)));
        f.put("identifier", n -> "x".repeat(n));
        f.put("bad character at the end", n -> "x+".repeat(n / 2 - 1) + "x\u00a0");
        return f;
    }

    private static long gcMillis() {
        long total = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
        return total;
    }

    /** Prints the table; the sizes (characters) are the arguments, 10³ to 10⁶ by default. */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000, 1_000_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf("%-26s %10s %10s %10s %10s  %s%n", "family", "chars", "wall s", "cpu s", "gc s", "result");
        for (int size : sizes) {
            String worstName = "";
            double worstWall = 0;
            double worstCpu = 0;
            for (Map.Entry<String, IntFunction<String>> family : families().entrySet()) {
                String input = family.getValue().apply(size);
                String result = "";
                double wall = 0;
                double cpu = 0;
                double gc = 0;
                for (int run = 0; run < 2; run++) {
                    long g0 = gcMillis();
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    try {
                        result = "ok, " + Expr.parse(input).nodeCount() + " nodes";
                    } catch (ParseException e) {
                        result = "rejected: " + e.getMessage().lines().findFirst().orElse("");
                    }
                    wall = (System.nanoTime() - t0) / 1e9;
                    cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                    gc = (gcMillis() - g0) / 1e3;
                }
                System.out.printf("%-26s %10d %10.3f %10.3f %10.3f  %s%n", family.getKey(), input.length(), wall, cpu, gc,
                        result.length() > 90 ? result.substring(0, 90) + "…" : result);
                if (wall > worstWall) {
                    worstWall = wall;
                    worstCpu = cpu;
                    worstName = family.getKey();
                }
            }
            System.out.printf("WORST at %d characters: %s, %.3f s wall, %.3f s cpu%n%n", size, worstName, worstWall, worstCpu);
        }
    }
}
