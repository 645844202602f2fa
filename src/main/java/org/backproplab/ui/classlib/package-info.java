/**
 * Java's double ↔ decimal text in the browser bundle only, through the browser's built-in, correctly rounded
 * conversions instead of TeaVM's generated tables and hand-written digit code, which with Character's
 * lower-case table (that TeaVM's Double.parseDouble needed) were a large share of the gzipped bundle.
 * {@link org.backproplab.ui.classlib.BrowserDoubleText}, a compiler transformer named in the pom, points
 * Double.parseDouble and StringBuilder's double printing at {@link org.backproplab.ui.classlib.BrowserDouble}.
 * Nothing calls them directly and the JVM never loads them; they rewrite TeaVM 0.16 internals, so on a TeaVM
 * upgrade check them again (BundleSizeIT checks Double.toString and parseDouble in the browser against the
 * JVM's).
 */
package org.backproplab.ui.classlib;
