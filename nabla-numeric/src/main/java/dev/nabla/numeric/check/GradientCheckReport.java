package dev.nabla.numeric.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a gradient check: every component, and those that failed.
 *
 * @param components one check per coordinate, in order
 */
public record GradientCheckReport(List<ComponentCheck> components) {

    /** A report over {@code components}. */
    public GradientCheckReport {
        components = List.copyOf(components);
    }

    /** Whether every component passed. */
    public boolean passed() {
        return components.stream().allMatch(ComponentCheck::passed);
    }

    /** The components that failed. */
    public List<ComponentCheck> failures() {
        return components.stream().filter(c -> !c.passed()).collect(Collectors.toList());
    }

    /** The largest relative error over the components. */
    public double worstRelativeError() {
        return components.stream().mapToDouble(ComponentCheck::relativeError).max().orElse(0);
    }

    @Override
    public String toString() {
        String head = passed() ? "gradient check passed" : "gradient check FAILED for " + failures().size()
                + " of " + components.size() + " components";
        return head + components.stream().map(ComponentCheck::toString).collect(Collectors.joining("\n  ", ":\n  ", ""));
    }
}
