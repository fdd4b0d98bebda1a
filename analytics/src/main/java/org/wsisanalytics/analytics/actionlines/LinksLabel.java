package org.wsisanalytics.analytics.actionlines;

import java.util.regex.Pattern;

/**
 * Recognises the "Links to (the) WSIS Action Lines" part of a session: as a heading (also inside a
 * combined heading such as "Fresh priorities &amp; Links to WSIS Action Lines" or "Interventions align
 * closely with WSIS Action Lines"), or as a run-in label opening a sentence or paragraph
 * ("Links to WSIS Action Lines: the discussions ...").
 */
final class LinksLabel {

    private static final String LABEL = "(?:links?|linkages?|alignment|align(?:s|ed)?(?:\\s+\\p{L}+)?)\\s+(?:to|with)"
            + "\\s+(?:the\\s+)?(?:WSIS\\s+)?action[\\s\\-\\u2010]+lines?";
    private static final Pattern IN_HEADING = Pattern.compile("(?i)\\b" + LABEL + "\\b");
    private static final Pattern RUN_IN =
            Pattern.compile("(?i)[\\s\\-*\\u2022#>]*" + LABEL + "[\\s*]*[:\\u2013\\u2014]");

    private LinksLabel() {}

    static boolean isLinksHeading(String heading) {
        return IN_HEADING.matcher(heading).find();
    }

    /** True when the text at the offset opens with the run-in label and a colon or dash. */
    static boolean startsWithRunIn(String text, int offset) {
        return RUN_IN.matcher(text).region(offset, text.length()).lookingAt();
    }
}
