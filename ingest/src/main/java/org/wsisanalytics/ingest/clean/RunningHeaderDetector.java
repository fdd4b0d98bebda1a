package org.wsisanalytics.ingest.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds page headers and footers that a PDF-to-text conversion repeats on every page.
 *
 * <p>Counting alone is not enough: standard section headings ("Opportunities", "Key challenges")
 * recur once per session, as often as a header on a short document. What sets a running header apart
 * is where it sits: at a page boundary, i.e. right after (header) or right before (footer) a run of
 * blank lines or a form feed. A line counts as a running header when it recurs at least
 * {@value #MIN_REPEATS} times and at least half of its occurrences sit at a page boundary.
 * Text saved without its blank lines has no visible page boundaries; there a line also counts when it
 * recurs at least {@value #MIN_REPEATS_ANYWHERE} times and is too long to be a section heading (at
 * least {@value #MIN_HEADER_WORDS} words without a sentence's end), like a document title repeated
 * on every page.
 */
final class RunningHeaderDetector {

    static final int MIN_REPEATS = 3;
    static final int MIN_REPEATS_ANYWHERE = 5;
    static final int MIN_HEADER_WORDS = 7;
    /** Blank lines in a row that a converter leaves where one page ends and the next begins. */
    static final int PAGE_GAP = 2;

    /** A line's first cell, set apart from the rest by a wide gap. */
    private static final Pattern FIRST_CELL = Pattern.compile("^(\\S.{0,38}?)\\s{2,}(\\S.*)$");
    /** The most words a page number with its page word and total takes: "Page 3 of 12". */
    private static final int MAX_PAGE_NUMBER_WORDS = 4;
    /** A line's last cell, set apart from the rest by a wide gap. */
    private static final Pattern LAST_CELL = Pattern.compile("^(.*\\S)\\s{2,}(\\S.{0,38})$");

    private RunningHeaderDetector() {}

    /**
     * The line as a running header is compared: trimmed, without a page number that a wide gap sets apart
     * ("file:///tmp/report.html        1/29", as {@code pdftotext -layout} writes a footer's two cells), so the
     * footer of every page is the same line.
     */
    static String key(String line) {
        String trimmed = line.trim();
        Matcher last = LAST_CELL.matcher(trimmed);
        if (last.matches() && PageMarkers.isPageNumber(last.group(2))) {
            return last.group(1);
        }
        Matcher first = FIRST_CELL.matcher(trimmed);
        if (first.matches() && PageMarkers.isPageNumber(first.group(1))) {
            return first.group(2);
        }
        // One space apart (pdftotext -raw), only a page number that says it is one: "report.html 1/29".
        int at = markedPageNumberAt(trimmed);
        return at > 0 ? trimmed.substring(0, at).strip() : trimmed;
    }

    /**
     * The line ends in a page number written out in words, after a space: "E/CN.16/2025/CRP.2 Page 2 of 2"; not a
     * bare fraction, which ends sentences too ("the motion passed 12/15").
     */
    static boolean endsInMarkedPageNumber(String line) {
        String trimmed = line.trim();
        int at = markedPageNumberAt(trimmed);
        return at > 0 && trimmed.substring(at).chars().anyMatch(Character::isLetter);
    }

    /** Where a page number that says it is one starts the last words of the line (after a space), or -1. */
    private static int markedPageNumberAt(String trimmed) {
        int space = trimmed.length();
        for (int words = 0; words < MAX_PAGE_NUMBER_WORDS; words++) {
            space = trimmed.lastIndexOf(' ', space - 1);
            if (space <= 0) {
                return -1;
            }
            if (PageMarkers.isMarked(trimmed.substring(space + 1))) {
                return space;
            }
        }
        return -1;
    }

    /** The running header lines (trimmed), most frequent first. */
    static List<String> detect(List<String> lines) {
        Map<String, int[]> stats = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = key(lines.get(i));
            if (line.isEmpty() || isPageBreak(line)) {
                continue;
            }
            int[] counts = stats.computeIfAbsent(line, key -> new int[2]);
            counts[0]++;
            if (atPageBoundary(lines, i)) {
                counts[1]++;
            }
        }
        Map<String, Integer> headers = new HashMap<>();
        stats.forEach((line, counts) -> {
            if (counts[0] >= MIN_REPEATS && counts[1] * 2 >= counts[0]
                    || counts[0] >= MIN_REPEATS_ANYWHERE && looksLikeATitle(line)) {
                headers.put(line, counts[0]);
            }
        });
        List<String> result = new ArrayList<>(headers.keySet());
        result.sort(Comparator.comparing((String line) -> -headers.get(line)).thenComparing(line -> line));
        return result;
    }

    private static boolean looksLikeATitle(String line) {
        return line.split("\\s+").length >= MIN_HEADER_WORDS && !line.matches(".*[.!?;,]$") && line.indexOf('\t') < 0;
    }

    static boolean isPageBreak(String line) {
        return line.indexOf('\f') >= 0;
    }

    /**
     * Right after or right before a form feed or a run of blank lines, or at either end of the text. A page
     * number that says it is one ("1/29", "Page 3 of 12") is part of the gap: a browser prints its footer's address
     * and page count on two lines ("file:///.../report.html", "1/29").
     */
    static boolean atPageBoundary(List<String> lines, int index) {
        return gapBefore(lines, index) || gapAfter(lines, index);
    }

    private static boolean gapBefore(List<String> lines, int index) {
        int blanks = 0;
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (isPageBreak(line)) {
                return true;
            }
            if (!line.isBlank() && !PageMarkers.isMarked(line)) {
                return blanks >= PAGE_GAP;
            }
            blanks++;
        }
        return true; // the first line of the text
    }

    private static boolean gapAfter(List<String> lines, int index) {
        int blanks = 0;
        for (int i = index + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isPageBreak(line)) {
                return true;
            }
            if (!line.isBlank() && !PageMarkers.isMarked(line)) {
                return blanks >= PAGE_GAP;
            }
            blanks++;
        }
        return true; // the last line of the text
    }
}
