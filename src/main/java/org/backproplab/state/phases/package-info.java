/**
 * One training iteration walked in four phases (forward, cost, backpropagation, gradient descent) for the
 * stepper: the stepper itself ({@link org.backproplab.state.phases.PhaseStepper}), what each phase shows
 * ({@link org.backproplab.state.phases.PhaseView}) and says ({@link org.backproplab.state.phases.PhaseText}),
 * the gradient check's report and the worked example.
 */
package org.backproplab.state.phases;
