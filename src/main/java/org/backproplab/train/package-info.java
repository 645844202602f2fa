/**
 * Training: an immutable {@link org.backproplab.train.TrainingConfig}, the mutable
 * {@link org.backproplab.train.Trainer} whose step (batch → backprop → optimizer update) allocates nothing,
 * and the immutable {@link org.backproplab.train.Snapshot}s it hands to views. Also the per-iteration
 * {@link org.backproplab.train.CostHistory} and {@link org.backproplab.train.Divergence} detection.
 */
package org.backproplab.train;
