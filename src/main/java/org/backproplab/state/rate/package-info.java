/**
 * The learning-rate lab's decisions and words: the race's lanes and verdicts (RateLab), the fill-in
 * measured from the stable-rate limit (RaceFill) and the stability meter on the α slider (RateMeter).
 */
package org.backproplab.state.rate;
