package dev.nabla.cli.shell;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where Nabla's classes are: the one {@code nabla.jar} when run from it, or each module's classes directory
 * in a build — found from the code source of one class per module, so the shell compiles against exactly
 * what this process runs.
 */
public final class NablaClassPath {
    private NablaClassPath() {}

    private static final Class<?>[] ONE_CLASS_PER_MODULE = {
            dev.nabla.core.Nabla.class,
            dev.nabla.numeric.DifferenceScheme.class,
            dev.nabla.symbolic.Symbolic.class,
            dev.nabla.tensor.Tensor.class,
            NablaClassPath.class};

    /** The entries, joined with the platform's path separator. */
    public static String get() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : ONE_CLASS_PER_MODULE) entries.add(location(c));
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("shell: cannot tell where " + c.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("shell: the location of " + c.getName() + " is not a file: " + source.getLocation(), e);
        }
    }
}
