/**
 * The seed notebooks, cell by cell, in Java: each {@link dev.nabla.examples.Notebook} lists its
 * {@link dev.nabla.examples.Cell}s, and the tests hold every cell to what the notebook printed.
 */
package dev.nabla.examples;
