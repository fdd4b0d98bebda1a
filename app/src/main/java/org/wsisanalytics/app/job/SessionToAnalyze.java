package org.wsisanalytics.app.job;

/**
 * A stored session waiting for the detectors.
 *
 * @param position the document's position among the run's inputs
 * @param sessionIndex the session's 1-based position in its document
 * @param document the document's name
 */
// Public only because Spring AOT names it in the code it generates for the step-scoped reader of these records, in
// the reader's package.
public record SessionToAnalyze(int position, int sessionIndex, String document) {
}
