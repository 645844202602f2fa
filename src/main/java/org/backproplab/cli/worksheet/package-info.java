/**
 * The {@code worksheet} command: printable backprop-by-hand sheets with answer keys (Markdown, HTML with a
 * QR code and a lab link, JSON), built on the exercise engine ({@link org.backproplab.exercise}).
 */
package org.backproplab.cli.worksheet;
