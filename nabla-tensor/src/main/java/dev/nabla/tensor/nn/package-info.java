/**
 * Neural-network building blocks as {@code torch.nn.functional} writes them — linear layers and losses —
 * composed of tensor operations, so they get autograd (and higher derivatives) for free.
 */
package dev.nabla.tensor.nn;
