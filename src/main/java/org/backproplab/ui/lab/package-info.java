/**
 * The main lab: its page template, the settings strip and toolbar (Share, Export, Import), the network
 * and output views and the weight table. Each view binds events and draws; a view's parts have classes of
 * their own (NetworkControls, NetworkPainter, NeuronThumbnails; OutputPlot; UrlSync, LabKeys, CsvLoader,
 * LabNotice, LabReadouts for LabView). {@link org.backproplab.ui.lab.LabView} composes the features
 * (stepper, microscope, α lab, lessons) and is their {@link org.backproplab.ui.host.LabHost}.
 */
package org.backproplab.ui.lab;
