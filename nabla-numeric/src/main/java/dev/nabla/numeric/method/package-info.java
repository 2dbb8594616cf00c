/**
 * The numeric methods of the facade: {@link dev.nabla.numeric.method.NumericMethods#CENTRAL},
 * {@code FORWARD_DIFFERENCE}, {@code BACKWARD_DIFFERENCE}, {@code RICHARDSON} and {@code COMPLEX_STEP}
 * as typed constants (registered through {@link dev.nabla.core.method.MethodProvider} under the names the
 * command line uses), and any configured difference scheme or complex step as a
 * {@link dev.nabla.core.method.Method}. They return plain numbers; for the error estimates use the schemes
 * directly.
 */
package dev.nabla.numeric.method;
