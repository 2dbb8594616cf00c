/**
 * Optimisers with PyTorch's update formulas ({@code torch.optim}): {@link dev.nabla.tensor.optim.SGD} with
 * momentum, dampening, Nesterov and weight decay, and {@link dev.nabla.tensor.optim.Adam} (with AMSGrad).
 * They read each parameter's {@code .grad} and update the parameter in place outside the graph.
 */
package dev.nabla.tensor.optim;
