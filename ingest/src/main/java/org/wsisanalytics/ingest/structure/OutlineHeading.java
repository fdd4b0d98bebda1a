package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A heading of the document's outline, as the outline layer sees it: where it is, its style (the
 * level a reader marked, or in plain text the sign that makes it a heading) and whether its words are
 * those of a section rather than of a unit.
 *
 * @param index the block's position
 * @param style the heading's style, which ranks it against the other styles
 * @param level the marked level (1..6), 0 in plain text
 * @param text the heading as written
 * @param section its words name a section of a summary ("Introduction", "Key challenges", "Links to WSIS
 *                Action Lines"), so it stays a section whatever its level
 * @param repeated it is written the same way more than once in the document: a field every unit carries
 *                 ("Speakers", "Moderator"), never a unit's title, as units have titles of their own
 */
record OutlineHeading(int index, Style style, int level, String text, boolean section, boolean repeated) {

    /** Heading styles, in the order they are tried as units when the document gives no levels. */
    enum Style {
        /** Marked by the reader: Word style, HTML hN, Markdown #, PDF font size. */
        MARKED,
        /** "Session 123", "Workshop 5: ...", "Agenda item 4". */
        SESSION_NUMBER,
        /** "I. Opening", "IV – Outcomes". */
        ROMAN,
        /** "1. Opening of the meeting" as a short line above its text. */
        NUMBERED,
        /** ALL CAPITALS. */
        CAPITALS,
        /** A short line without final punctuation above its text. */
        PLAIN
    }

    /**
     * "Session 123", "Workshop 5", "Agenda item 4"; an event's acronym and year may come first, as in IGF report
     * titles ("IGF 2025 WS #214 ...", "IGF 2025 Open Forum #37 ..."), and French or Spanish programmes write
     * "Séance 2", "Atelier 3", "Sesión 4", "Taller 5".
     */
    static final Pattern SESSION_NUMBER =
            Pattern.compile("(?i)^(?:(?-i:\\p{Lu}[\\p{Lu}\\d+]{1,9})\\s+(?:(?:19|20)\\d\\d\\s+)?)?"
                    + "(?:session|s[ée]ance|sesi[óo]n|panel|workshop|ws|atelier|taller|open\\s+forum|lightning\\s+talk"
                    + "|town\\s+hall|round\\s?table|segment|(?:agenda\\s+)?item|track)\\s+(?:no\\.?\\s*|n[°º]\\s*|#\\s*)?"
                    + "(\\d{1,4})\\b(?!\\s*(?:%|per|min|minutes|hours|participants))");

    private static final Pattern ROMAN = Pattern.compile("^(?=[IVXL])[IVXL]{1,6}[.)]?\\s+[–—-]?\\s*\\p{Lu}.*");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+\\p{Lu}.*");
    private static final Pattern DATE_LINE =
            Pattern.compile("(?i).*\\b(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+\\d{1,2}\\b|(?:mon|tue|wednes|thurs|fri|satur|sun)day"
                    + "|\\d{1,2}[:.]\\d{2}\\s*(?:[–-]|am|pm|h|cet|cest|utc))");
    private static final int MAX_TITLE_WORDS = 30;
    private static final Pattern TITLE_END = Pattern.compile(".*[.,;!?…:][\"'”’)]*$");
    private static final int MAX_NUMBERED_WORDS = 14;

    /** The outline's headings in document order, each with its style. */
    static List<OutlineHeading> find(List<Block> blocks, SectionClassifier classifier) {
        boolean[] shaped = HeadingDetector.detect(blocks);
        List<Integer> at = new ArrayList<>();
        List<Style> styles = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            // A title directly above its first heading: a section's name, or a heading above text.
            boolean aboveHeading = i + 1 < blocks.size()
                    && isTitleShaped(blocks.get(i))
                    && HeadingDetector.isHeadingShaped(blocks.get(i + 1))
                    && (isSection(blocks.get(i + 1).text().strip(), classifier) || shaped[i + 1]);
            Style style = style(blocks, i, shaped[i] || aboveHeading);
            if (style != null) {
                at.add(i);
                styles.add(style);
            }
        }
        Map<String, Long> times =
                at.stream().collect(Collectors.groupingBy(i -> key(blocks.get(i).text()), Collectors.counting()));
        List<OutlineHeading> headings = new ArrayList<>();
        for (int n = 0; n < at.size(); n++) {
            Block block = blocks.get(at.get(n));
            String text = block.text().strip();
            headings.add(new OutlineHeading(
                    at.get(n),
                    styles.get(n),
                    block.level(),
                    text,
                    isSection(text, classifier),
                    times.get(key(text)) > 1));
        }
        return headings;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Style style(List<Block> blocks, int i, boolean shaped) {
        Block block = blocks.get(i);
        String text = block.text().strip();
        if (block.kind() == Block.Kind.MARKED_HEADING) {
            return Style.MARKED;
        }
        if (block.kind() == Block.Kind.TABLE_ROW || HeadingDetector.words(text).size() > MAX_TITLE_WORDS) {
            return null;
        }
        if (SESSION_NUMBER.matcher(text).find() && !text.endsWith(".")) {
            return Style.SESSION_NUMBER;
        }
        boolean dated = i + 1 < blocks.size()
                && blocks.get(i + 1).isOneLineText()
                && DATE_LINE.matcher(blocks.get(i + 1).text()).matches()
                && HeadingDetector.isHeadingShaped(block);
        if (block.kind() == Block.Kind.LIST_ITEM) {
            boolean numberedHeading = NUMBERED.matcher(text).matches()
                    && HeadingDetector.words(text).size() <= MAX_NUMBERED_WORDS
                    && HeadingDetector.isHeadingShaped(new Block(Block.Kind.PARAGRAPH, text))
                    && i + 1 < blocks.size()
                    && blocks.get(i + 1).kind() == Block.Kind.PARAGRAPH;
            return numberedHeading ? Style.NUMBERED : null;
        }
        if (!shaped && !dated) {
            return null;
        }
        if (ROMAN.matcher(text).matches()) {
            return Style.ROMAN;
        }
        if (NUMBERED.matcher(text).matches()) {
            return Style.NUMBERED;
        }
        return HeadingDetector.isAllCapitals(text) ? Style.CAPITALS : Style.PLAIN;
    }

    /**
     * A title above a section heading may be longer than other headings ("Information and communication
     * infrastructure: a foundation for universal, sustainable and affordable access").
     */
    private static boolean isTitleShaped(Block block) {
        if (block.kind() != Block.Kind.PARAGRAPH || !block.isOneLineText()) {
            return false;
        }
        String text = block.text().strip();
        return !text.isEmpty()
                && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)))
                && !TITLE_END.matcher(text).matches()
                && HeadingDetector.words(text).size() <= MAX_TITLE_WORDS;
    }

    /** A short heading the section rules read ("Key challenges"); a long one is a title that uses such a word. */
    private static boolean isSection(String text, SectionClassifier classifier) {
        String words = NUMBERED.matcher(text).matches() || ROMAN.matcher(text).matches()
                ? text.replaceFirst("^\\S+\\s+(?:[–—-]\\s*)?", "")
                : text;
        return classifier.isSectionName(words);
    }

    /** A line that gives a date or a time ("09:00–09:45, Wednesday, 29 May 2024 Room 15", "7 — 11 July 2025"). */
    static boolean isDateLine(String text) {
        return DATE_LINE.matcher(text).lookingAt();
    }

    /** The session number a "Session 123" heading gives, or {@code null}. */
    String sessionNumber() {
        Matcher matcher = SESSION_NUMBER.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Compared for "the same style": marked headings by level, the others by their sign. */
    String styleKey() {
        return style == Style.MARKED
                ? "level " + level
                : style.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
