package org.wsisanalytics.app.store;

/**
 * A stored session waiting for the detectors.
 *
 * @param position the document's position among the run's inputs
 * @param sessionIndex the session's 1-based position in its document
 * @param document the document's name
 */
public record SessionToAnalyze(int position, int sessionIndex, String document) {}
