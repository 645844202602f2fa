/**
 * The network as a runnable Python script that proves it matches the lab: {@link org.backproplab.export.CodeExport}
 * fills the one template (PyTorch or NumPy flavour) with the lab's data, weights, cost, optimizer and batch
 * order, and with the lab's own results after K steps, which the script checks it reproduces. Pure Java,
 * compiled to JavaScript too: the browser fetches the template from the site, the command line reads it
 * from the jar.
 */
package org.backproplab.export;
