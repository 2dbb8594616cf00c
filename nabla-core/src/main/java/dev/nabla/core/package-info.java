/**
 * Nabla's core: the facade {@link dev.nabla.core.Nabla}. Its sub-packages hold the algebra, the
 * rule table, the function shapes, forward mode, reverse mode and the method choice.
 */
package dev.nabla.core;
