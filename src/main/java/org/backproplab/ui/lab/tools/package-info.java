/**
 * The full lab's toolbar tools: Share (links and embed snippets), Export (pictures, CSV, model, PyTorch and
 * NumPy scripts) and Import.
 */
package org.backproplab.ui.lab.tools;
