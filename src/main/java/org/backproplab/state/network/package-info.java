/**
 * Changes the lab's controls make to the network itself, each checked against the limits and never
 * half-applied: hidden layers and neurons added or removed, the input features, an activation per layer, and
 * weights typed by hand with their undo.
 */
package org.backproplab.state.network;
