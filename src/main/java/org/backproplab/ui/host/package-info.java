/**
 * The lab as its features see it ({@link org.backproplab.ui.host.LabHost}: settings, session, play
 * state) and the validated text field that edits one setting. Features depend on this, never on ui.lab.
 * For the features compiled as bundles of their own (the α lab, "Your turn", the microscope) it also holds the
 * bridges: what the lab lends ({@link org.backproplab.ui.host.FeatureHost},
 * {@link org.backproplab.ui.host.MicroscopeHost}), what the feature hands back
 * ({@link org.backproplab.ui.host.RateLabPanel}, {@link org.backproplab.ui.host.QuizPanel},
 * {@link org.backproplab.ui.host.MicroscopePanel}), and the feature side's view of the lab
 * ({@link org.backproplab.ui.host.RemoteHost}, {@link org.backproplab.ui.host.RemoteSettings}).
 */
package org.backproplab.ui.host;
