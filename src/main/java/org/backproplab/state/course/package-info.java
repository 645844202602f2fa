/**
 * What a course builds on: the lessons and their labs, which lessons were finished, and the events a
 * course page or an LMS collects.
 */
package org.backproplab.state.course;
