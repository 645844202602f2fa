/**
 * Exercises that check understanding: a {@link org.backproplab.exercise.Problem} (a network, one example or a
 * small batch, and α), the questions of one backprop iteration in the article's order
 * ({@link org.backproplab.exercise.Exercise}), checking an answer to three significant digits, and the
 * {@link org.backproplab.exercise.Diagnosis} of a wrong one by recomputing it with each typical mistake.
 * {@link org.backproplab.exercise.Template} makes short-number problems for worksheets from a seed or a
 * student's code. Hints name neurons and weights in {@code core.Notation}, as every panel does. Pure Java over
 * core and data: the expected values come from {@code core.Backprop}.
 */
package org.backproplab.exercise;
