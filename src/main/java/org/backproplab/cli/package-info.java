/**
 * The teacher's command line ({@code java -jar backprop-lab.jar gradients|train|explain|serve}): it reads the
 * model and data files of {@link org.backproplab.model}, runs the same core and trainer as the browser app,
 * and prints JSON or a Markdown worked example. JVM only; {@link org.backproplab.cli.Main#run} is the testable
 * entry point and {@link org.backproplab.cli.StaticSiteServer} serves the bundled web app.
 */
package org.backproplab.cli;
