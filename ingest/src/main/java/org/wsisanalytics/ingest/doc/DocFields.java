package org.wsisanalytics.ingest.doc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 97-2003 fields as the reader sees them: the text holds a field as begin mark (0x13), its code
 * ({@code HYPERLINK "https://..."}, {@code PAGEREF _Toc12 \h}, {@code TOC \o "1-3"}), a separator (0x14), the
 * result Word shows, and an end mark (0x15). Only results are text; codes are read for the link target. A
 * field can span paragraphs (a table of contents) and nest (a page reference inside a contents entry), so
 * the state lives across paragraphs. Not thread-safe: one per document part.
 */
final class DocFields {

    static final char BEGIN = '\u0013';
    static final char SEPARATOR = '\u0014';
    static final char END = '\u0015';
    private static final Pattern HYPERLINK = Pattern.compile("(?i)^\\s*HYPERLINK\\s+\"?([^\"\\s]+)\"?");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    /** Deeper nesting is corrupt or hostile; past it, marks are taken as text boundaries only. */
    private static final int MAX_DEPTH = 64;

    private static final class Field {
        final StringBuilder code = new StringBuilder();
        boolean inResult;
        int resultStart;
    }

    private final Deque<Field> open = new ArrayDeque<>();

    /** True when text at this point is shown: outside fields, or in the result of every open field. */
    boolean visible() {
        for (Field field : open) {
            if (!field.inResult) {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes one character. A field mark changes the state; a code character is kept for the field; with
     * {@code out} the visible text so far and {@code linkTargets} whether to note hidden link addresses, a
     * field end may append " &lt;address&gt;" to {@code out}. Returns true when {@code c} was a field mark or
     * code, false when the caller should treat it as text (it is visible then).
     */
    boolean take(char c, StringBuilder out, boolean linkTargets) {
        if (c == BEGIN) {
            if (open.size() < MAX_DEPTH) {
                open.push(new Field());
            }
            return true;
        }
        if (c == SEPARATOR) {
            Field field = open.peek();
            if (field != null && !field.inResult) {
                field.inResult = true;
                field.resultStart = out.length();
            }
            return true;
        }
        if (c == END) {
            Field field = open.poll();
            if (field != null && linkTargets && visible()) {
                appendTarget(field, out);
            }
            return true;
        }
        Field innermost = open.peek();
        if (innermost != null && !innermost.inResult) {
            if (innermost.code.length() < 2048) {
                innermost.code.append(c);
            }
            return true;
        }
        return !visible();
    }

    /** Fields left open at a cell or paragraph end in a damaged file would swallow the rest: the caller may reset. */
    void reset() {
        open.clear();
    }

    private static void appendTarget(Field field, StringBuilder out) {
        Matcher link = HYPERLINK.matcher(field.code);
        if (!link.find() || !field.inResult) {
            return;
        }
        String target = link.group(1);
        if (!WEB_ADDRESS.matcher(target).matches()) {
            return; // a bookmark inside the document (\l "name") or a file: nothing to show
        }
        String shown = out.substring(Math.min(field.resultStart, out.length()));
        if (!shown.contains(target)) {
            out.append(" <").append(target).append('>');
        }
    }
}
