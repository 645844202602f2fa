/**
 * The file formats a teacher writes by hand: the model JSON ({@link org.backproplab.model.ModelJson}) and
 * the data CSV ({@link org.backproplab.model.DataCsv}). Parsing validates everything and either builds a
 * new object or throws a {@link org.backproplab.model.FormatException} whose message names the broken fact
 * and where it is; compiled to JavaScript too, so no reflection, regex, String.format or threads here.
 * {@link org.backproplab.model.Explanation} writes the Markdown worked example shared by the CLI's
 * {@code explain} and the browser's "copy worked example".
 */
package org.backproplab.model;
