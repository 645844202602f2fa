/**
 * One lab's settings and its life: {@link org.backproplab.state.AppState} (every setting, immutable and
 * always valid), {@link org.backproplab.state.StateCodec} (settings as text for URLs and scripts, with an
 * explicit key table), and {@link org.backproplab.state.LabSession}, which owns the data, the network, the
 * trainer, the cost curve and divergence handling. {@link org.backproplab.state.phases.PhaseStepper} walks one
 * iteration in four phases (forward, cost, backpropagation, gradient descent) and
 * {@link org.backproplab.state.course.Lessons} holds the guided lessons. The views' decisions and sentences live here
 * too, per feature, so the views only draw and bind events: {@link org.backproplab.state.network.HiddenLayers} (the +/−
 * buttons), {@link org.backproplab.state.Shortcut} (keys), {@link org.backproplab.state.text.CsvMessages},
 * {@link org.backproplab.state.text.MicroscopeText}, {@link org.backproplab.state.phases.PhaseText} (the stepper) and
 * {@link org.backproplab.state.rate.RateLab} (race, finder, sandbox). Pure Java; the browser UI only calls it.
 */
package org.backproplab.state;
