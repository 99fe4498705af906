/**
 * Segments over HTTP ({@link SegmentsResource}): create (400 with the path of every problem, nothing saved), list,
 * one segment with its size over time, paged members, and a preview of a draft without saving it.
 */
package io.marketpilot.server.segments;
