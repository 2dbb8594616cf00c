/**
 * The one table of derivative rules ({@link dev.nabla.core.rules.Primitives}) and the types of its
 * entries. Every mode of differentiation reads this table; a user adds functions of their own
 * with {@link dev.nabla.core.rules.CustomPrimitive}.
 */
package dev.nabla.core.rules;
