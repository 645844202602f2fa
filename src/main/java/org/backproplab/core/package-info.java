/**
 * The network and its math: activations and losses with their derivatives side by side (each also in a
 * layer-at-a-time form, so the training loop dispatches once per layer, not per neuron), the flat
 * parameter layout ({@link org.backproplab.core.Shape}), the forward pass and backpropagation that
 * record z, a and δ for every neuron ({@link org.backproplab.core.Backprop}), and the finite-difference
 * {@link org.backproplab.core.GradientCheck}; second order: exact Hessian-vector products by the R-operator
 * ({@link org.backproplab.core.HessianVector}) and the Hessian's largest eigenvalue by Lanczos
 * ({@link org.backproplab.core.LargestEigenvalue}); and how all of it is written for people: the one
 * {@link org.backproplab.core.Notation} of neurons and weights every panel, lesson, handout and export uses,
 * and {@link org.backproplab.core.NumberFormat}'s rounding. Pure Java: no browser, no reflection, no Math.random.
 */
package org.backproplab.core;
