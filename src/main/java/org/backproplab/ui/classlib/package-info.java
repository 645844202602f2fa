/**
 * Java's double ↔ decimal text in the browser bundle only, through the browser's built-in, correctly rounded
 * conversions instead of TeaVM's generated tables and hand-written reader (about 15 KB of the gzipped
 * bundle, counting Character's lower-case table that TeaVM's Double.parseDouble needed). Two ways in, both
 * at build time: {@link org.backproplab.ui.classlib.BrowserNumberText} substitutes this package's
 * DoubleAnalyzer for TeaVM's (Double.toString), and {@link org.backproplab.ui.classlib.BrowserDoubleParsing}
 * (named in the pom) compiles Double.parseDouble as {@link org.backproplab.ui.classlib.BrowserDouble#parse}.
 * Nothing calls them directly and the JVM never loads them; they follow TeaVM 0.16's internals, so on a
 * TeaVM upgrade compare them with the new ones (BundleSizeIT checks Double.toString and parseDouble in the
 * browser against the JVM's).
 */
package org.backproplab.ui.classlib;
