package org.wsisanalytics.ingest.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which paragraphs of a session are section headings. Plain text carries no markup, so a
 * heading is recognised by its shape and its context:
 * <ul>
 * <li>one short line: at most {@value #MAX_WORDS} words, or {@value #MAX_WORDS_ALL_CAPS} when written
 * in capitals (some facilitators use whole-sentence headlines in capitals);</li>
 * <li>starts with a capital or a digit and does not end like a sentence (. , ; ! ? …);</li>
 * <li>a final colon only in Title Case ("Key Issues Discussed:"), because "Panellists called for:"
 * introduces a list rather than a section;</li>
 * <li>followed by content that is not itself heading-shaped. This keeps a list of short unpunctuated
 * lines ("Action Line 6: Enabling Environment", "Action Line 7: ICT Applications") inside its section.</li>
 * </ul>
 * Markdown "#" headings are always headings.
 */
final class HeadingDetector {

    static final int MAX_WORDS = 12;
    static final int MAX_WORDS_ALL_CAPS = 24;
    private static final int MAX_CHARS = 200;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;!?…][\"'”’)]*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’+\\-]*");

    private HeadingDetector() {}

    /** Which of the blocks are headings. */
    static boolean[] detect(List<Block> blocks) {
        boolean[] headings = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.MARKED_HEADING) {
                headings[i] = true;
            } else if (isHeadingShaped(block) && i + 1 < blocks.size()) {
                Block next = blocks.get(i + 1);
                headings[i] = next.kind() != Block.Kind.MARKED_HEADING && !isHeadingShaped(next);
            }
        }
        return headings;
    }

    static boolean isHeadingShaped(Block block) {
        if (block.kind() != Block.Kind.PARAGRAPH || !block.isOneLineText()) {
            return false;
        }
        String text = block.text().strip();
        if (text.isEmpty() || text.length() > MAX_CHARS || text.contains("://")) {
            return false;
        }
        int first = text.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        if (SENTENCE_END.matcher(text).matches()) {
            return false;
        }
        List<String> words = words(text);
        boolean capitals = isAllCapitals(text);
        if (words.size() > (capitals ? MAX_WORDS_ALL_CAPS : MAX_WORDS)) {
            return false;
        }
        return !text.endsWith(":") || capitals || isTitleCase(words);
    }

    static boolean isAllCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= 4 && upper * 10 >= letters * 9;
    }

    /** Every word of four letters or more starts with a capital ("Key Issues Discussed"). */
    static boolean isTitleCase(List<String> words) {
        return words.stream()
                .filter(word -> word.length() >= 4)
                .allMatch(word -> !Character.isLowerCase(word.codePointAt(0)));
    }

    static List<String> words(String text) {
        return WORD.matcher(text).results().map(match -> match.group()).toList();
    }
}
