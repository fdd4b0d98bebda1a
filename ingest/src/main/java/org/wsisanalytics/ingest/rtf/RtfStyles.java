package org.wsisanalytics.ingest.rtf;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraph styles of the style sheet ({@code {\stylesheet{\s1\sbasedon0\outlinelevel0 heading 1;}...}}) as
 * far as headings go: a paragraph in a Title or Heading N style, also through the style it is based on, or in a
 * style with an outline level, is a heading. Character, section and table styles ({@code \cs}, {@code \ds},
 * {@code \ts}) are not paragraph styles and are left out. Not thread-safe: one per document.
 */
final class RtfStyles {

    /** Word and LibreOffice write the built-in names in English ("heading 1", "Heading 1", "Title"). */
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading\\s*([1-9])|title)");

    private static final int MAX_STYLES = 10_000;
    private static final int MAX_STYLE_DEPTH = 10;
    private static final int MAX_NAME = 256;

    private record Style(String name, int basedOn, int outlineLevel) {}

    private final Map<Integer, Style> styles = new HashMap<>();
    private final StringBuilder name = new StringBuilder();
    private int number;
    private int basedOn = -1;
    private int outlineLevel = -1;
    private boolean paragraphStyle = true;

    /** A style sheet entry begins (its group opens, or the previous entry's ';' ended it). */
    void begin() {
        name.setLength(0);
        number = 0;
        basedOn = -1;
        outlineLevel = -1;
        paragraphStyle = true;
    }

    /** A control word inside a style sheet entry. */
    void word(String word, int parameter) {
        switch (word) {
            case "s" -> number = parameter;
            case "cs", "ds", "ts" -> paragraphStyle = false;
            case "sbasedon" -> basedOn = parameter;
            case "outlinelevel" -> outlineLevel = parameter;
            default -> {}
        }
    }

    /** Text inside a style sheet entry: its name, up to the ';' that ends the entry. */
    void text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';') {
                end();
                begin();
            } else if (name.length() < MAX_NAME) {
                name.append(c);
            }
        }
    }

    /** The entry's group closes; an entry without its ';' still counts. */
    void end() {
        if (paragraphStyle && styles.size() < MAX_STYLES && (!name.isEmpty() || outlineLevel >= 0)) {
            styles.put(number, new Style(name.toString().strip(), basedOn, outlineLevel));
        }
        paragraphStyle = false; // the same entry is not stored twice
    }

    /**
     * The heading level of a paragraph in style {@code style} with outline level {@code paragraphOutline}
     * ({@code -1} when it sets none): 1 for Title and Heading 1, N for Heading N (also through the base style),
     * else its own or its style's outline level + 1 (levels 0..8; 9 is body text); 0 for body text.
     */
    int headingLevel(int style, int paragraphOutline) {
        int outline = paragraphOutline;
        Integer index = style;
        for (int depth = 0; index != null && depth < MAX_STYLE_DEPTH; depth++) {
            Style found = styles.get(index);
            if (found == null) {
                break;
            }
            Matcher matcher = HEADING_STYLE.matcher(found.name());
            if (matcher.matches()) {
                return matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
            }
            if (outline < 0) {
                outline = found.outlineLevel();
            }
            index = found.basedOn() >= 0 && found.basedOn() != index ? found.basedOn() : null;
        }
        return outline >= 0 && outline < 9 ? outline + 1 : 0;
    }
}
