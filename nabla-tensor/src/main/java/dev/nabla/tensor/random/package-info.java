/**
 * Random numbers identical to NumPy's and PyTorch's: the MT19937 generator
 * ({@link dev.nabla.tensor.random.MersenneTwister}) with NumPy's legacy seeding and the draws of
 * {@code numpy.random.RandomState} ({@link dev.nabla.tensor.random.RandomState}: {@code rand},
 * {@code randn}, {@code randint}, {@code uniform}, {@code normal}), so that
 * {@code np.random.seed(0); np.random.rand(6)} and its Java counterpart give the same doubles bit
 * for bit; and PyTorch's CPU generator after {@code torch.manual_seed}
 * ({@link dev.nabla.tensor.random.TorchGenerator}: {@code rand}, {@code randint}, {@code randn}).
 */
package dev.nabla.tensor.random;
