package org.wsisanalytics.analytics.actionlines;

/**
 * One action-line reference found in a text.
 *
 * @param number the action line's number, 1 to 11
 * @param text the notation as written ("C4", "Action Line C2", "WSIS Action Line Six", "С5" with a Cyrillic С)
 * @param start offset of the notation in the text
 * @param end offset just past it
 * @param weak whether the notation is a bare code written in lower case or apart ("c3", "C 3", "C.3", "C-3") and
 *        not in a list with a plain code: such a code counts only where the text links to action lines
 */
record Notation(int number, String text, int start, int end, boolean weak) {}
