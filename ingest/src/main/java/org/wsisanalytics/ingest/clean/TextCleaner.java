package org.wsisanalytics.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.wsisanalytics.model.TextLocation;

/**
 * Removes what a conversion to text adds to a document and keeps every word of its content:
 * HTML tags and Markdown bold markers, running page headers/footers, page number lines
 * ({@link PageMarkers}), "DRAFT" watermark lines, footnote numbers glued to words ({@link FootnoteMarks});
 * letter-spaced display text is joined into words ({@link LetterSpacing}).
 * A paragraph that a page break cut in two (the first part ends mid-sentence, the second starts in
 * lower case) is joined again, so sentences stay whole for the detectors downstream.
 */
public final class TextCleaner {

    private static final Pattern WATERMARK = Pattern.compile("(?i)\\s*draft\\s*");
    /** Characters that are invisible or layout-only in extracted text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    /**
     * A soft hyphen (U+00AD) where a line ends shows as a hyphen there, so it is written as one; anywhere else it is
     * a hidden break point inside a word and is removed, so the word stays whole for the detectors.
     */
    private static final Pattern SOFT_HYPHEN_AT_LINE_END = Pattern.compile("\\u00AD[ \\t]*(?=\\n|$)");

    private static final Pattern ENDS_MID_SENTENCE = Pattern.compile(".*[\\p{L}\\p{N},\\-–]$");
    private static final Pattern STARTS_LOWER_CASE = Pattern.compile("^\\p{Ll}.*");

    private final Predicate<String> neverFurniture;

    /** A cleaner that may take any recurring line for a running header. */
    public TextCleaner() {
        this(line -> false);
    }

    /**
     * @param neverFurniture lines that are never running headers however they recur (a summary's section
     *                       headings recur once per session, and a careless edit can leave page-like gaps
     *                       around them)
     */
    public TextCleaner(Predicate<String> neverFurniture) {
        this.neverFurniture = neverFurniture;
    }

    /** Cleans a text file's content; each line remembers its line number in {@code raw} (from 1). */
    public CleanText clean(String raw) {
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> lines = normalisedLines(raw, lineNumbers);
        List<String> headers = RunningHeaderDetector.detect(lines).stream()
                .filter(neverFurniture.negate())
                .toList();
        Set<String> headerSet = new HashSet<>(headers);
        LocatedLines out = new LocatedLines();
        boolean pageBreak = false;
        int blankRun = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.trim();
            out.at(TextLocation.line(lineNumbers.get(i)));
            if (RunningHeaderDetector.isPageBreak(line)
                    || headerSet.contains(RunningHeaderDetector.key(trimmed))
                    || WATERMARK.matcher(trimmed).matches()
                    || isPageNumber(lines, i)) {
                pageBreak = true;
                continue;
            }
            if (trimmed.isEmpty()) {
                out.add("");
                if (++blankRun >= RunningHeaderDetector.PAGE_GAP) {
                    pageBreak = true;
                }
                continue;
            }
            blankRun = 0;
            int previous = lastNonBlank(out.lines());
            if (pageBreak && previous >= 0 && continuesParagraph(out.get(previous), trimmed)) {
                out.replace(previous, out.get(previous).stripTrailing() + " " + trimmed, out.current());
            } else {
                out.add(line.stripTrailing());
            }
            pageBreak = false;
        }
        return out.toCleanText(headers);
    }

    /**
     * A page number line: one that says so anywhere ("- 3 -", "Page 3 of 12"), a bare "3" only where pages meet, and
     * where pages meet a running header ending in one that says so ("E/CN.16/2025/CRP.2 Page 2 of 2"), which a
     * document of two pages does not repeat often enough to be found as a running header.
     */
    private static boolean isPageNumber(List<String> lines, int index) {
        String line = lines.get(index);
        return PageMarkers.isMarked(line)
                || (PageMarkers.isPageNumber(line) || RunningHeaderDetector.endsInMarkedPageNumber(line))
                        && RunningHeaderDetector.atPageBoundary(lines, index);
    }

    /** The lines of {@code raw}, normalised; {@code lineNumbers} gets each one's line number in {@code raw}. */
    private static List<String> normalisedLines(String raw, List<Integer> lineNumbers) {
        String text = raw.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = SOFT_HYPHEN_AT_LINE_END.matcher(text).replaceAll("-").replace("\u00AD", "");
        List<String> lines = new ArrayList<>();
        String[] sourceLines = text.split("\n", -1);
        for (int number = 1; number <= sourceLines.length; number++) {
            // A form feed becomes a line of its own so that it marks a page break and nothing else.
            for (String line : sourceLines[number - 1].replace("\f", "\n\f\n").split("\n", -1)) {
                lines.add(
                        line.indexOf('\f') >= 0
                                ? "\f"
                                : FootnoteMarks.strip(LetterSpacing.joinLine(MarkupStripper.strip(line))));
                lineNumbers.add(number);
            }
        }
        return lines;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static boolean continuesParagraph(String before, String after) {
        return ENDS_MID_SENTENCE.matcher(before.stripTrailing()).matches()
                && STARTS_LOWER_CASE.matcher(after).matches();
    }
}
