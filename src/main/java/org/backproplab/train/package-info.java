/**
 * Training: an immutable {@link org.backproplab.train.TrainingConfig}, the mutable
 * {@link org.backproplab.train.Trainer} whose step (batch → backprop → optimizer update) allocates nothing,
 * and the immutable {@link org.backproplab.train.Snapshot}s it hands to views. Also the per-iteration
 * {@link org.backproplab.train.CostHistory} and {@link org.backproplab.train.Divergence} detection. The step is
 * also two calls — computeGradient (backpropagation) and applyGradient (gradient descent) — for the phase
 * stepper. For the learning-rate lab: {@link org.backproplab.train.Race}, the
 * {@link org.backproplab.train.LearningRateFinder}, {@link org.backproplab.train.RacePresets} and the
 * {@link org.backproplab.train.Verdict} a cost history earns. The sharpness λ_max of the full-batch cost
 * ({@link org.backproplab.train.SharpnessMeter}, a {@link org.backproplab.train.Sharpness}), the stable-rate limits it
 * sets ({@link org.backproplab.train.StableRate}) and where a rate sits against them ({@link org.backproplab.train.RateZone}).
 */
package org.backproplab.train;
