/**
 * The browser benchmark's TeaVM entry point ({@link org.backproplab.ui.bench.BenchMain}, built only in the
 * Maven {@code bench} profile) and the standard workloads it shares with the JVM benchmarks. The page
 * web/bench/index.html times it against a hand-written plain-JavaScript reference of the same math.
 */
package org.backproplab.ui.bench;
