package dev.nabla.core.reverse;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap after garbage collection before and after one gradient of about {@code 3·terms} operations followed by
 * a thousand small ones, as the issue measured it. Not a test (it takes seconds and a large heap):
 * {@code java -Xmx2g -cp nabla-core/target/classes:nabla-core/target/test-classes dev.nabla.core.reverse.TapeMemoryReport 3333334}
 */
public final class TapeMemoryReport {
    private TapeMemoryReport() {}

    public static void main(String[] args) {
        int terms = args.length > 0 ? Integer.parseInt(args[0]) : 3_333_334;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("heap after GC, before:                 %6.1f MB%n", usedAfterGc(memory));
        Reverse.gradient(TapePoolMemoryTest.sumOf(terms), new double[] {0.3, 2});
        for (int i = 0; i < 1000; i++) Reverse.gradient(TapePoolMemoryTest.sumOf(10), new double[] {0.3, 2});
        System.out.printf("heap after GC, after %,d operations:  %6.1f MB (pooled tape capacity %,d nodes)%n",
                3L * terms, usedAfterGc(memory), Reverse.pooledCapacity());
    }

    private static double usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1e6;
    }
}
