/**
 * ADBench's GMM and BA problems (Srajer, Kukelova, Fitzgibbon 2018) on Nabla: the objectives written
 * once on the algebra ({@link dev.nabla.core.algebra.Num}), loaders for ADBench's file formats, the
 * derivatives by every method with their correctness checks, the Hipparchus peer, and the
 * {@code adbench} command that times them.
 */
package dev.nabla.bench.adbench;
