/**
 * The learning-rate lab: the race of up to four α, the finder's sweep, and the optimizer sandbox on
 * 2-D test surfaces. The verdicts and sentences come from pure classes ({@link org.backproplab.state.rate.RateLab},
 * {@link org.backproplab.landscape.PathStory}).
 */
package org.backproplab.ui.ratelab;
