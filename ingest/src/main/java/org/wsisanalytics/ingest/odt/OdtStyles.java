package org.wsisanalytics.ingest.odt;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;

/**
 * The styles of one OpenDocument text that decide how its paragraphs are read: a paragraph style's outline
 * level (a style with {@code style:default-outline-level}, or one based on it through
 * {@code style:parent-style-name}, makes its paragraphs headings), the list style a paragraph style
 * carries, the list styles' markers per level, and the page header and footer text of the master pages
 * (the running title). Fed with the elements of {@code styles.xml} and then of {@code content.xml}'s
 * automatic styles, which come later and win on a name clash. Not thread-safe: one per document.
 */
final class OdtStyles {

    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    /** Writer's built-in names, as they are stored ("Heading_20_2" displayed as "Heading 2"). */
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)(?:heading[ _]*(?:20[ _]*)?([1-9])|title)");

    private static final Set<String> PAGE_PARTS =
            Set.of("header", "footer", "header-left", "footer-left", "header-first", "footer-first");
    /** Parent chains longer than this are cut (a loop of styles naming each other must end). */
    private static final int MAX_STYLE_DEPTH = 12;

    /** A paragraph style: {@code outlineLevel} is null when not set, 0 when set to none. */
    record ParagraphStyle(String name, String displayName, String parent, Integer outlineLevel, String listStyle) {}

    /**
     * One level of a list style: a bullet, or a number in {@code format} ("1", "a", "A", "i", "I"; empty for
     * no number) between {@code prefix} and {@code suffix}, showing {@code displayLevels} levels, from {@code start}.
     */
    record ListLevel(boolean bullet, String format, String prefix, String suffix, int displayLevels, int start) {
        static final ListLevel DEFAULT_BULLET = new ListLevel(true, "", "", "", 1, 1);
    }

    private final Map<String, ParagraphStyle> paragraphStyles = new HashMap<>();
    private final Map<String, Map<Integer, ListLevel>> listStyles = new HashMap<>();
    private final Set<String> pageTexts = new LinkedHashSet<>();
    private String currentList;
    private int pagePartDepth;
    private StringBuilder pageParagraph;

    /** Takes in one start tag of a styles part. */
    void start(XMLStreamReader xml) {
        String ns = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (STYLE.equals(ns) && PAGE_PARTS.contains(local)) {
            pagePartDepth++;
        } else if (pagePartDepth > 0 && TEXT.equals(ns) && (local.equals("p") || local.equals("h"))) {
            pageParagraph = new StringBuilder();
        } else if (pagePartDepth > 0
                && pageParagraph != null
                && TEXT.equals(ns)
                && (local.equals("tab") || local.equals("s") || local.equals("line-break"))) {
            pageParagraph.append(' ');
        } else if (STYLE.equals(ns) && local.equals("style") && "paragraph".equals(attr(xml, STYLE, "family"))) {
            String name = attr(xml, STYLE, "name");
            if (name != null) {
                String level = attr(xml, STYLE, "default-outline-level");
                paragraphStyles.put(
                        name,
                        new ParagraphStyle(
                                name,
                                attr(xml, STYLE, "display-name"),
                                attr(xml, STYLE, "parent-style-name"),
                                level == null ? null : outlineLevel(level),
                                attr(xml, STYLE, "list-style-name")));
            }
        } else if (TEXT.equals(ns) && local.equals("list-style")) {
            currentList = attr(xml, STYLE, "name");
            if (currentList != null) {
                listStyles.put(currentList, new HashMap<>());
            }
        } else if (currentList != null && TEXT.equals(ns) && local.startsWith("list-level-style-")) {
            listStyles.get(currentList).put(number(attr(xml, TEXT, "level"), 1), listLevel(xml, local));
        }
    }

    /** Takes in text inside a styles part (only page header and footer text is kept). */
    void characters(String text) {
        if (pageParagraph != null) {
            pageParagraph.append(text);
        }
    }

    /** Takes in one end tag of a styles part. */
    void end(XMLStreamReader xml) {
        String ns = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (STYLE.equals(ns) && PAGE_PARTS.contains(local)) {
            pagePartDepth--;
        } else if (pageParagraph != null && TEXT.equals(ns) && (local.equals("p") || local.equals("h"))) {
            String text = OdtText.normalise(pageParagraph.toString())
                    .replaceAll("\\s+", " ")
                    .strip();
            if (!text.isEmpty() && !text.chars().allMatch(Character::isDigit)) {
                pageTexts.add(text);
            }
            pageParagraph = null;
        } else if (TEXT.equals(ns) && local.equals("list-style")) {
            currentList = null;
        }
    }

    /** The page header and footer lines, in document order, without bare page numbers. */
    List<String> pageTexts() {
        return List.copyOf(pageTexts);
    }

    /**
     * The heading level of a paragraph in this style: its own or an ancestor's default outline level, or
     * 1..9 from a built-in name (Title, Heading N) where no level is set; 0 for body text.
     */
    int headingLevel(String styleName) {
        String name = styleName;
        for (int depth = 0; name != null && depth < MAX_STYLE_DEPTH; depth++) {
            ParagraphStyle style = paragraphStyles.get(name);
            if (style != null && style.outlineLevel() != null) {
                return style.outlineLevel();
            }
            int byName = levelByName(style == null || style.displayName() == null ? name : style.displayName());
            if (byName > 0) {
                return byName;
            }
            name = style == null ? null : style.parent();
        }
        return 0;
    }

    /** The list style a paragraph style carries (itself or through its parents), or null. */
    String listStyleOf(String styleName) {
        String name = styleName;
        for (int depth = 0; name != null && depth < MAX_STYLE_DEPTH; depth++) {
            ParagraphStyle style = paragraphStyles.get(name);
            if (style == null) {
                return null;
            }
            if (style.listStyle() != null) {
                return style.listStyle().isEmpty() ? null : style.listStyle();
            }
            name = style.parent();
        }
        return null;
    }

    /** The marker definition of a list style at a level (1-based); a bullet when the style is unknown. */
    ListLevel listLevel(String listStyle, int level) {
        Map<Integer, ListLevel> levels = listStyle == null ? null : listStyles.get(listStyle);
        if (levels == null) {
            return ListLevel.DEFAULT_BULLET;
        }
        ListLevel found = levels.get(level);
        return found == null ? ListLevel.DEFAULT_BULLET : found;
    }

    private static ListLevel listLevel(XMLStreamReader xml, String local) {
        if (!local.equals("list-level-style-number")) {
            return ListLevel.DEFAULT_BULLET; // a bullet or a picture bullet
        }
        String format = attr(xml, STYLE, "num-format");
        return new ListLevel(
                false,
                format == null ? "1" : format,
                orEmpty(attr(xml, STYLE, "num-prefix")),
                orEmpty(attr(xml, STYLE, "num-suffix")),
                number(attr(xml, TEXT, "display-levels"), 1),
                number(attr(xml, TEXT, "start-value"), 1));
    }

    private static int levelByName(String name) {
        Matcher matcher = HEADING_NAME.matcher(name);
        if (!matcher.matches()) {
            return 0;
        }
        return matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
    }

    /** An outline level attribute: empty (Writer's way to say "none" in a style based on a heading) is 0. */
    private static int outlineLevel(String value) {
        return Math.max(0, number(value, 0));
    }

    static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String attr(XMLStreamReader xml, String namespace, String local) {
        return xml.getAttributeValue(namespace, local);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
