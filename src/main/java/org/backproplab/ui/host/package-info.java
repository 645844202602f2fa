/**
 * The lab as its features see it ({@link org.backproplab.ui.host.LabHost}: settings, session, play
 * state) and the validated text field that edits one setting. Features depend on this, never on ui.lab.
 */
package org.backproplab.ui.host;
