/** The {@code symbolic} method of the facade, registered through {@link dev.nabla.core.method.MethodProvider}. */
package dev.nabla.symbolic.method;
