package org.wsisanalytics.ingest.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.wsisanalytics.ingest.clean.CleanText;

/**
 * The document's title: what names a unit read as the whole document, and the document in the reports.
 * Tried in order, each only when it reads like a title: the running page header (a converted PDF or Word file
 * repeats its title there), the first marked heading, the first title-like line among the document's first
 * blocks; failing all, the first marked heading or short line that is not a sentence, or none (the reader then
 * names a whole-document unit after the file). A line reads like a title when it
 * has at least two words, does not end like a sentence, and is not the furniture of an official document:
 * a document symbol ("A/C.2/80/L.31", "ALC2/25/03-E"), a short date line, a "Distr.: Limited" label, an
 * agenda or session number ("Agenda item 16"), a tagline
 * of words between bars ("Innovate | Discuss | Share"), a web address, or cells set apart by wide gaps.
 */
final class DocumentTitle {

    private static final int MAX_WORDS = 25;
    private static final int MIN_WORDS = 2;
    private static final int MIN_FIRST_LINE_WORDS = 3;
    private static final int FIRST_BLOCKS = 30;
    /** A line this short that gives a date is a date line ("7 — 11 July 2025"); a longer one may be a title. */
    private static final int MAX_DATE_LINE_WORDS = 6;

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;!?][\"'”’)]*$");
    private static final Pattern SYMBOL =
            Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{Lu}\\d.]{0,9}(?:/[\\p{Lu}\\d.()-]+){2,}");
    private static final Pattern LABEL = Pattern.compile("^\\p{L}[\\p{L}. ]{1,24}:\\s+\\S+(?:\\s+\\S+)?$");
    private static final Pattern WIDE_GAP = Pattern.compile("\\S(?: {3,}|\\t)\\S");
    /** A word a title does not end with: the line goes on in the next one. */
    private static final Pattern OPEN_END = Pattern.compile(
            "(?i)\\s(?:of|to|and|or|the|a|an|for|on|in|with|by|at|from|towards?|related|between|its|their)$");

    private static final Pattern BARS = Pattern.compile("\\S\\s*\\|\\s*\\S.*\\|");
    /** A browser's print header starts with the date and time of printing: "12/5/26, 9:13 AM". */
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?\\s+(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s+)?");

    private DocumentTitle() {}

    static String of(CleanText text, List<Block> blocks) {
        for (String header : text.runningHeaders()) {
            String title = LEADING_DATE.matcher(header.strip()).replaceFirst("");
            if (isTitleLike(title, MIN_WORDS)) {
                return title;
            }
        }
        return blocks.stream()
                .filter(block -> block.kind() == Block.Kind.MARKED_HEADING)
                .map(block -> block.text().strip())
                .filter(line -> isTitleLike(line, MIN_WORDS))
                .findFirst()
                .or(() -> firstTitleLine(blocks))
                .or(() -> firstShortLine(blocks))
                .orElse(null);
    }

    /**
     * The first title-like line among the first blocks, with the line after it when a centred title was broken
     * after a word that cannot end it ("Consultation on implementing WSIS outcomes related to" / "Action Line C2
     * (Information and communication infrastructure)").
     */
    private static Optional<String> firstTitleLine(List<Block> blocks) {
        for (int i = 0; i < Math.min(FIRST_BLOCKS, blocks.size()); i++) {
            Block block = blocks.get(i);
            String line = block.text().strip();
            if (block.kind() != Block.Kind.PARAGRAPH || !isTitleLike(line, MIN_FIRST_LINE_WORDS)) {
                continue;
            }
            if (OPEN_END.matcher(line).find()
                    && i + 1 < blocks.size()
                    && blocks.get(i + 1).isOneLineText()) {
                String joined = line + " " + blocks.get(i + 1).text().strip();
                if (isTitleLike(joined, MIN_FIRST_LINE_WORDS)) {
                    return Optional.of(joined);
                }
            }
            return Optional.of(line);
        }
        return Optional.empty();
    }

    /** The first marked heading or short line that is not a sentence, however it looks otherwise. */
    private static Optional<String> firstShortLine(List<Block> blocks) {
        return blocks.stream()
                .filter(block -> block.kind() == Block.Kind.MARKED_HEADING
                        || block.kind() == Block.Kind.PARAGRAPH
                                && HeadingDetector.words(block.text()).size() <= MAX_WORDS)
                .map(block -> block.text().strip())
                .filter(line -> !line.isEmpty() && !SENTENCE_END.matcher(line).matches())
                .findFirst();
    }

    static boolean isTitleLike(String line, int minWords) {
        int words = HeadingDetector.words(line).size();
        return words >= minWords
                && words <= MAX_WORDS
                && !SENTENCE_END.matcher(line).matches()
                && !SYMBOL.matcher(line).find()
                && !LABEL.matcher(line).matches()
                && !WIDE_GAP.matcher(line).find()
                && !BARS.matcher(line).find()
                && !line.contains("://")
                && !OutlineHeading.SESSION_NUMBER.matcher(line).find()
                && !(words <= MAX_DATE_LINE_WORDS && OutlineHeading.isDateLine(line))
                && line.codePoints().anyMatch(Character::isLetter)
                && Character.isUpperCase(line.codePointAt(0)) | Character.isDigit(line.codePointAt(0));
    }
}
