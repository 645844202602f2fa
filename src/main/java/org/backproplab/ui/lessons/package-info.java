/**
 * The lesson guide: a card per lesson that sets up the lab, outlines the part of the page it is about
 * and gives one thing to try. The lessons' texts and setups are pure ({@link org.backproplab.state.course.Lessons}).
 */
package org.backproplab.ui.lessons;
