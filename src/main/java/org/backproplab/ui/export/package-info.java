/**
 * The entry point of js/backprop-lab-export.js, a second bundle that the page loads only when a PyTorch or
 * NumPy script is asked for, so that the script generator (export.CodeExport) costs the app's own bundle
 * nothing.
 */
package org.backproplab.ui.export;
