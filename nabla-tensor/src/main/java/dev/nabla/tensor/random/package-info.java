/**
 * Random numbers identical to NumPy's: the MT19937 generator with NumPy's legacy seeding, and the
 * draws of {@code numpy.random.RandomState} ({@code rand}, {@code randn}, {@code randint},
 * {@code uniform}, {@code normal}), so that {@code np.random.seed(0); np.random.rand(6)} and its
 * Java counterpart give the same doubles bit for bit.
 */
package dev.nabla.tensor.random;
