package org.wsisanalytics.reports.qda;

import java.util.Comparator;

/**
 * One coded stretch of a session's source text.
 *
 * @param guid the selection's identifier
 * @param codingGuid the identifier of its coding
 * @param code the GUID of the code it is coded with
 * @param start position of its first character in the source text, in code points
 * @param end position just past its last character, in code points
 * @param words the text it cuts out of the source (its name in the tools)
 * @param description what it is, for the analyst
 * @param kind the order of its kind among selections at the same place
 */
record Selection(
        String guid, String codingGuid, String code, int start, int end, String words, String description, int kind) {

    /** Text order; at the same place, action lines before names, countries and themes. */
    static final Comparator<Selection> TEXT_ORDER = Comparator.comparingInt(Selection::start)
            .thenComparingInt(Selection::end)
            .thenComparingInt(Selection::kind)
            .thenComparing(Selection::guid);
}
