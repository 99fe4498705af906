/**
 * Session-based next-item recommendation: V-SKNN (Ludewig and Jannach) over sessions cut from each user's
 * time-ordered pairs, blended with first-order item transitions from the user's last step. Entry:
 * {@link io.marketpilot.recommend.session.SessionKnnAlgorithm}. Scoring reads only the history's items in order, so
 * live sessions of unknown visitors work as well as known users. Models are immutable.
 */
package io.marketpilot.recommend.session;
