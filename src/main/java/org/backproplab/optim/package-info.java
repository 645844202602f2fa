/**
 * Optimizers that turn a gradient into a parameter update, following PyTorch's {@code torch.optim} update
 * rules and order of operations exactly: plain SGD, heavy-ball and Nesterov momentum, RMSprop and Adam.
 * Each optimizer owns its state (velocity, moments, step count) in arrays allocated once, so that
 * {@link org.backproplab.optim.Optimizer#step} allocates nothing. {@link org.backproplab.optim.LearningRateSchedule}
 * gives α(t) (constant, step, exponential, 1/t, cosine).
 */
package org.backproplab.optim;
