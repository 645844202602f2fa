/**
 * Two of TeaVM's own classes, replaced in the browser bundle only: double ↔ decimal text through the
 * browser's built-in, correctly rounded conversions instead of TeaVM's generated tables (about 13 KB of the
 * gzipped bundle). {@link org.backproplab.ui.classlib.BrowserNumberText} tells the compiler to substitute
 * them. Nothing calls them directly and the JVM never loads them; they follow TeaVM 0.16's internal
 * contract, so on a TeaVM upgrade compare them with the new org.teavm.classlib.impl.text classes
 * (BundleSizeIT checks Double.toString and parseDouble in the browser against the JVM's).
 */
package org.backproplab.ui.classlib;
