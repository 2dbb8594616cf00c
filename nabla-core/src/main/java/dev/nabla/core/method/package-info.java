/**
 * The method choice: the {@link dev.nabla.core.method.Method} interface every way of
 * differentiating implements, the service interface modules use to add theirs, and the registry.
 */
package dev.nabla.core.method;
