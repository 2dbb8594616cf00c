package dev.nabla.symbolic.compile;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Defines generated classes as hidden classes of this package: not reachable by name, and unloaded
 * once the compiled function is unreachable. The class data (the function objects the steps call)
 * is handed over with {@link MethodHandles.Lookup#defineHiddenClassWithClassData}.
 */
final class Loader {
    private Loader() {}

    static <T> T instantiate(byte[] bytes, Object[] classData, Class<T> type) {
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, classData, true);
            Object instance = hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
            return type.cast(instance);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("compile: cannot define the generated class: " + e, e);
        }
    }
}
