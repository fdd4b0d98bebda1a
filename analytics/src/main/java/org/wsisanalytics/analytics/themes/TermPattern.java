package org.wsisanalytics.analytics.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All terms of a taxonomy compiled into one pattern: one capturing group per term, longest terms first so that
 * the longest term wins where several start at the same place, whole words only.
 *
 * <p>{@link #find} walks the text once and tries the pattern (anchored) only at word starts whose first two
 * characters can begin a term: letting {@code Matcher.find()} try every position costs four times as much.
 */
final class TermPattern {

    /** What a space in a term matches: white space (including line breaks) or hyphens, at least one. */
    private static final String SPACE = "[\\s\\-\u2010\u2011]+";
    /** What a hyphen in a term matches: one hyphen or space, or nothing. */
    private static final String HYPHEN = "[\\s\\-\u2010\u2011]?";

    private static final String PLURAL = "(?:e?s)?";

    private static final int ASCII = 128;

    private final Pattern pattern;
    private final List<ThemeTerm> byGroup;
    /** Lower-cased ASCII pairs that can open a term; [c][ASCII] marks a first character followed by anything. */
    private final boolean[][] openings = new boolean[ASCII][ASCII + 1];
    /** Whether some term begins with a non-ASCII character ("Ökodesign"): then every such word start is tried. */
    private boolean nonAsciiOpening;

    TermPattern(List<ThemeTerm> terms) {
        // The terms form a trie (shared beginnings such as "digital " are tried once), written out as nested
        // groups; where a term ends, an empty capturing group marks it. Longer continuations come before the end of
        // a shorter term, so the longest term wins, and the final word-boundary check backtracks to a shorter one.
        Node root = new Node();
        for (ThemeTerm term : terms) {
            Node node = root;
            for (String token : tokens(term)) {
                node = node.children.computeIfAbsent(token, t -> new Node());
            }
            node.term = term;
        }
        List<ThemeTerm> inPatternOrder = new ArrayList<>();
        String body = emit(root, inPatternOrder);
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?!\\p{L})");
        this.byGroup = List.copyOf(inPatternOrder);
        terms.forEach(this::addOpening);
    }

    /** A trie node: children by token, ordered by insertion; the term ending here, if any. */
    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        ThemeTerm term;

        int depth() {
            return children.values().stream().mapToInt(Node::depth).max().orElse(-1) + 1;
        }
    }

    private static String emit(Node node, List<ThemeTerm> groups) {
        List<String> parts = new ArrayList<>();
        List<Map.Entry<String, Node>> children = new ArrayList<>(node.children.entrySet());
        children.sort(Comparator.comparingInt(
                        (Map.Entry<String, Node> e) -> e.getValue().depth())
                .reversed());
        for (Map.Entry<String, Node> child : children) {
            parts.add(tokenRegex(child.getKey()) + emit(child.getValue(), groups));
        }
        if (node.term != null) {
            groups.add(node.term);
            parts.add(PLURAL + "()");
        }
        return parts.size() == 1 ? parts.get(0) : "(?:" + String.join("|", parts) + ")";
    }

    /** "I" + lower-case character (any case), "E" + character (exact case), or a separator: " " or "-". */
    private static List<String> tokens(ThemeTerm term) {
        List<String> tokens = new ArrayList<>();
        String text = term.term().strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!tokens.get(tokens.size() - 1).equals(" ")) {
                    tokens.add(" ");
                }
            } else if (c == '-') {
                tokens.add("-");
            } else {
                tokens.add(term.exactCase() ? "E" + c : "I" + Character.toLowerCase(c));
            }
        }
        return tokens;
    }

    private static String tokenRegex(String token) {
        if (token.equals(" ")) {
            return SPACE;
        }
        if (token.equals("-")) {
            return HYPHEN;
        }
        char c = token.charAt(1);
        if (token.charAt(0) == 'E' || Character.toUpperCase(c) == c) {
            return quote(c);
        }
        return c < ASCII ? "[" + c + Character.toUpperCase(c) + "]" : "(?iu:" + c + ")";
    }

    private void addOpening(ThemeTerm term) {
        char first = Character.toLowerCase(term.term().charAt(0));
        char second =
                term.term().length() > 1 ? Character.toLowerCase(term.term().charAt(1)) : ' ';
        if (first >= ASCII) {
            nonAsciiOpening = true;
        } else if (second >= ASCII || !Character.isLetterOrDigit(second)) {
            openings[first][ASCII] = true; // "e-waste" also matches "ewaste" and "e waste": any second character
        } else {
            openings[first][second] = true;
        }
    }

    /**
     * Positions the matcher on the next term at or after {@code from}.
     *
     * @return false when there is none
     */
    boolean find(Matcher matcher, CharSequence text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c >= ASCII && !nonAsciiOpening || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            boolean[] row = c < ASCII ? openings[Character.toLowerCase(c)] : null;
            if (row != null && !row[ASCII]) {
                if (i + 1 >= length) {
                    continue;
                }
                char next = Character.toLowerCase(text.charAt(i + 1));
                if (next >= ASCII || !row[next]) {
                    continue;
                }
            }
            matcher.region(i, length);
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A matcher for {@link #find}: it sees the text around its region, for the word-boundary checks. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The term whose group took part in the current match. */
    ThemeTerm term(Matcher matcher) {
        for (int group = 1; group <= byGroup.size(); group++) {
            if (matcher.start(group) >= 0) {
                return byGroup.get(group - 1);
            }
        }
        throw new IllegalStateException("no term group matched '" + matcher.group() + "'");
    }

    private static String quote(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
