/**
 * The cost seen from one or two weights, all other parameters held fixed: J along a 1-D slice of one weight
 * with its tangent and the next gradient-descent step ({@link org.backproplab.landscape.CostSlice}), 1-D
 * gradient descent on that slice for a chosen α ({@link org.backproplab.landscape.LearningRateDemo}), and J on
 * a 2-D grid of two weights with its contour lines ({@link org.backproplab.landscape.CostGrid},
 * {@link org.backproplab.landscape.Contours}). Every routine puts the network's parameters back bit for bit
 * and allocates nothing after construction; trails of past points are bounded rings. The descent sandbox
 * ({@link org.backproplab.landscape.Sandbox}) walks optimizers over analytic {@link org.backproplab.landscape.Surface}s
 * instead of a network's cost.
 */
package org.backproplab.landscape;
