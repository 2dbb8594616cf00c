/**
 * The numeric methods of the facade's method choice ({@link dev.nabla.core.Nabla} with
 * {@link dev.nabla.core.method.Methods#named(String)}): {@code central}, {@code forward-difference},
 * {@code backward-difference}, {@code richardson} and {@code complex-step}, registered through
 * {@link dev.nabla.core.method.MethodProvider}. They return plain numbers; for the error estimates use the
 * schemes directly.
 */
package dev.nabla.numeric.method;
