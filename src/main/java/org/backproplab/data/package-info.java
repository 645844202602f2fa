/**
 * Training data: the immutable {@link org.backproplab.data.Dataset} of flat input and target rows, the
 * seeded generators of the built-in sets ({@link org.backproplab.data.Generators}, named by
 * {@link org.backproplab.data.DatasetKind}), and the seeded train/test {@link org.backproplab.data.Split}.
 * Pure Java and deterministic from a seed: the same numbers on the JVM and in the browser.
 */
package org.backproplab.data;
