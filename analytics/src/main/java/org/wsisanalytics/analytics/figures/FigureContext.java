package org.wsisanalytics.analytics.figures;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words around a number say about it: attached characters, a label before it, a qualifier. */
final class FigureContext {

    /** Words that make the number after them an identifier, not a quantity ("Session 430", "SDG 4", "Web 3.0"). */
    private static final Set<String> LABELS = Set.of(
            "session",
            "sessions",
            "talkx",
            "line",
            "lines",
            "al",
            "sdg",
            "sdgs",
            "goal",
            "goals",
            "part",
            "resolution",
            "article",
            "articles",
            "section",
            "chapter",
            "paragraph",
            "para",
            "page",
            "pages",
            "p",
            "pp",
            "no",
            "nos",
            "number",
            "room",
            "level",
            "phase",
            "web",
            "industry",
            "version",
            "release",
            "table",
            "figure",
            "annex",
            "decision",
            "item",
            "step",
            "round",
            "wave",
            "grade",
            "class",
            "day",
            "week",
            "week's",
            "ipv",
            "nis",
            "directive",
            "law",
            "act",
            "rule",
            "clause",
            "box",
            "track",
            "pillar",
            "target",
            "targets",
            "indicator",
            "module",
            "group",
            "hall",
            "platform",
            "edition");

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}[\\p{L}'\u2019]*)\\.?[ \\t]*$");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?<![\\p{L}])(?:nearly|almost|about|around|"
            + "approximately|roughly|over|more than|less than|fewer than|at least|up to|close to|some|only|just over|"
            + "just under|under|above|below|upwards of|in excess of)[ \\t]+$");
    private static final int LOOK_BACK = 24;

    private FigureContext() {}

    /**
     * Whether the characters next to the number show it is part of a code, version, URL or compound rather than a
     * figure: "C5", "5G", "WSIS+20", "WSIS + 20", "K-12", "24/7", "10th", "10-year", "…/Session/378". After a
     * scale word a hyphen only joins the unit ("81.8 billion-kilowatt").
     */
    static boolean isAttached(String text, int start, int end, boolean scaled) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetterOrDigit(before) || "+#/\\_@".indexOf(before) >= 0) {
                return true;
            }
            if ("-\u2010\u2011.,".indexOf(before) >= 0
                    && start > 1
                    && Character.isLetterOrDigit(text.charAt(start - 2))) {
                return true;
            }
            if (previousNonSpace(text, start) == '+') {
                return true;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            if (Character.isLetterOrDigit(after) || "/\\_@".indexOf(after) >= 0) {
                return true;
            }
            return !scaled
                    && "-\u2010\u2011".indexOf(after) >= 0
                    && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1));
        }
        return false;
    }

    /** The word right before the number is a label ("Session", "SDG", "Action Line") or a month ("July 9"). */
    static boolean followsLabelOrMonth(String text, int start) {
        Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, start - LOOK_BACK), start));
        if (!m.find()) {
            return false;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return LABELS.contains(word) || UnitPhrase.isMonth(word);
    }

    /** Where a qualifier right before the number ("nearly", "more than") starts, or {@code start} if none. */
    static int qualifierStart(String text, int start) {
        int from = Math.max(0, start - LOOK_BACK);
        Matcher m = QUALIFIER.matcher(text.substring(from, start));
        return m.find() ? from + m.start() : start;
    }

    private static char previousNonSpace(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 ? text.charAt(i) : ' ';
    }
}
