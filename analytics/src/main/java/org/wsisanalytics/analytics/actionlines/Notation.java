package org.wsisanalytics.analytics.actionlines;

/**
 * One action-line reference found in a text.
 *
 * @param number the action line's number, 1 to 11
 * @param text the notation as written ("C4", "Action Line C2", "WSIS Action Line Six")
 * @param start offset of the notation in the text
 * @param end offset just past it
 */
record Notation(int number, String text, int start, int end) {
}
