package org.wsisanalytics.ingest.rtf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.ingest.clean.CleanText;

/**
 * Reads the tokens of an RTF document ({@link RtfScanner}) group by group and hands the text the document
 * shows to {@link RtfLines}. Each group starts with the state of the group around it (destination, Unicode
 * skip count, font, paragraph style and outline level, whether the paragraph is in a table, hidden text) and
 * drops its changes when it closes. Destinations that are not body text are skipped without decoding them:
 * pictures and embedded objects (however large: their hex digits are only stepped over, and {@code \binN}
 * data is jumped), footnotes, comments, text boxes and shapes, bookmarks, index and contents entries, the
 * document's information and every {@code \*} destination this reader does not know, as the specification
 * asks. The font table gives code pages ({@link RtfCharsets}), the style sheet heading levels
 * ({@link RtfStyles}), page headers and footers the running headers; {@code \fldinst} codes are kept for the
 * address of a hyperlink, whose {@code \fldrslt} is text. Not thread-safe: one per document.
 */
final class RtfParser {

    /** Word writes groups a dozen deep; far deeper is a crafted file that would only use up memory. */
    static final int MAX_DEPTH = 512;

    private static final Pattern HYPERLINK = Pattern.compile("(?i)^\\s*HYPERLINK\\s+\"?([^\"\\s]+)\"?");
    private static final int MAX_FIELD_CODE = 2048;
    private static final int MAX_FIELDS = 64;
    private static final int FLUSH_BYTES = 8192;

    /** An open {@code \field} group: its code and where its result started. */
    private static final class Field {
        final int depth;
        final StringBuilder code = new StringBuilder();
        long resultMark = -1;

        Field(int depth) {
            this.depth = depth;
        }
    }

    private final RtfScanner scanner;
    private final RtfLines lines;
    private final RtfCharsets charsets = new RtfCharsets();
    private final RtfStyles styles = new RtfStyles();
    private final Deque<RtfGroup> groups = new ArrayDeque<>();
    private final Deque<Field> fields = new ArrayDeque<>();
    private final Set<String> runningHeaders = new LinkedHashSet<>();
    private final StringBuilder header = new StringBuilder();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private Charset pendingCharset;
    private RtfGroup state = new RtfGroup();
    private int defaultFont = -1;
    private int tableFont = -1;
    private int toSkip;
    private boolean starred;
    private boolean tooLong;

    RtfParser(byte[] bytes, int maxChars) {
        this.scanner = new RtfScanner(bytes);
        this.lines = new RtfLines(maxChars);
    }

    /** True when reading stopped at the text limit. */
    boolean tooLong() {
        return tooLong;
    }

    /** Reads the whole document, or up to the text limit (then {@link #tooLong()} is true). */
    CleanText read() throws RtfFormatException {
        if (scanner.next() != RtfScanner.Token.GROUP_START
                || scanner.next() != RtfScanner.Token.WORD
                || !scanner.word().equals("rtf")) {
            throw new RtfFormatException("it does not start with {\\rtf");
        }
        groups.push(state);
        state = state.copy();
        RtfScanner.Token token;
        while (!groups.isEmpty() && !lines.tooLong() && (token = scanner.next()) != RtfScanner.Token.END) {
            if (token == RtfScanner.Token.TEXT) {
                text(scanner.textByte());
                continue;
            }
            flush();
            switch (token) {
                case GROUP_START -> groupStart();
                case GROUP_END -> groupEnd();
                case WORD -> word(scanner.word(), scanner.parameter(1), scanner.hasParameter());
                case SYMBOL -> symbol(scanner.symbol());
                default -> throw new IllegalStateException(token.name());
            }
        }
        flush();
        tooLong = lines.tooLong();
        if (!tooLong) {
            if (!groups.isEmpty()) {
                throw new RtfFormatException("it is cut short (" + groups.size() + " groups are not closed)");
            }
            if (!scanner.restIsBlank()) {
                throw new RtfFormatException("it is damaged (the document's group closes before its end)");
            }
        }
        return lines.toCleanText(List.copyOf(runningHeaders));
    }

    private void groupStart() throws RtfFormatException {
        if (groups.size() >= MAX_DEPTH) {
            throw new RtfFormatException("its groups nest more than " + MAX_DEPTH + " deep");
        }
        groups.push(state);
        RtfDestination outer = state.destination;
        state = state.copy();
        toSkip = 0;
        starred = false;
        if (outer == RtfDestination.STYLES) {
            state.destination = RtfDestination.STYLE_ENTRY;
            styles.begin();
        }
    }

    private void groupEnd() {
        RtfGroup closed = state;
        state = groups.pop();
        toSkip = 0;
        starred = false;
        Field field = fields.peek();
        if (field != null && field.depth > groups.size()) {
            fields.pop();
            fieldEnd(field, closed);
        }
        if (closed.destination == RtfDestination.STYLE_ENTRY && state.destination == RtfDestination.STYLES) {
            styles.end();
        }
        if (closed.destination == RtfDestination.HEADER && state.destination != RtfDestination.HEADER) {
            headerLine();
        }
    }

    private void fieldEnd(Field field, RtfGroup closed) {
        Matcher link = HYPERLINK.matcher(field.code);
        if (field.resultMark >= 0
                && link.find()
                && closed.destination == RtfDestination.BODY
                && closed.inTable
                && closed.visible()) {
            lines.linkTarget(link.group(1), field.resultMark);
        }
    }

    private void word(String word, int parameter, boolean hasParameter) throws RtfFormatException {
        if (word.equals("bin")) {
            scanner.skip(hasParameter ? parameter : 0);
            return;
        }
        if (word.equals("u")) {
            if (hasParameter) {
                emit(String.valueOf((char) (parameter < 0 ? parameter + 65_536 : parameter)));
            }
            toSkip = state.unicodeSkip;
            return;
        }
        if (word.equals("uc")) {
            state.unicodeSkip = Math.max(0, parameter);
            return;
        }
        boolean wasStarred = starred;
        starred = false;
        if (word.equals("ud") && state.beforeUpr != null) {
            state.destination = state.beforeUpr; // the Unicode alternative ("ud") of an "upr" group
            return;
        }
        if (state.destination == RtfDestination.SKIP) {
            return;
        }
        if (destination(word, wasStarred)) {
            return;
        }
        switch (state.destination) {
            case FONTS -> fontWord(word, parameter);
            case STYLES, STYLE_ENTRY -> styles.word(word, parameter);
            default -> formatting(word, parameter, hasParameter);
        }
    }

    /** A word that starts a destination sets it for its group; an unknown {@code \*} destination is skipped. */
    private boolean destination(String word, boolean wasStarred) {
        RtfDestination opened = RtfDestination.openedBy(word);
        if (opened == RtfDestination.HEADER) {
            headerLine();
        } else if (opened == RtfDestination.LIST_TEXT) {
            lines.markerStart();
        }
        if (opened != null) {
            state.destination = opened;
        } else if (word.equals("field")) {
            if (fields.size() < MAX_FIELDS) {
                fields.push(new Field(groups.size()));
            }
        } else if (word.equals("fldrslt")) {
            Field field = fields.peek();
            if (field != null && field.depth == groups.size() - 1) {
                field.resultMark = lines.mark();
            }
        } else if (word.equals("upr")) {
            state.beforeUpr = state.destination; // the ANSI text comes first, its Unicode alternative ("ud") next
            state.destination = RtfDestination.SKIP;
        } else if (wasStarred) {
            state.destination = RtfDestination.SKIP;
        } else {
            return false;
        }
        return true;
    }

    private void fontWord(String word, int parameter) {
        switch (word) {
            case "f" -> tableFont = parameter;
            case "fcharset" -> charsets.fontCharset(tableFont, parameter);
            case "cpg" -> charsets.fontCodePage(tableFont, parameter);
            default -> {}
        }
    }

    /** Character and paragraph formatting, special characters and the marks that end paragraphs, cells and rows. */
    private void formatting(String word, int parameter, boolean hasParameter) {
        switch (word) {
            case "ansicpg" -> charsets.documentCodePage(parameter);
            case "mac" -> charsets.documentCodePage(10_000);
            case "pc" -> charsets.documentCodePage(437);
            case "pca" -> charsets.documentCodePage(850);
            case "deff" -> defaultFont = parameter;
            case "f" -> state.font = parameter;
            case "plain" -> {
                state.font = defaultFont;
                state.hidden = false;
                state.deleted = false;
            }
            case "pard" -> {
                state.style = 0;
                state.outline = -1;
                state.inTable = false;
            }
            case "s" -> state.style = parameter;
            case "outlinelevel" -> state.outline = parameter;
            case "intbl" -> state.inTable = true;
            case "itap" -> state.inTable = parameter > 0;
            case "v" -> state.hidden = !hasParameter || parameter != 0;
            case "deleted" -> state.deleted = !hasParameter || parameter != 0;
            case "par", "sect" -> paragraphEnd();
            case "cell" -> {
                if (state.destination == RtfDestination.BODY) {
                    lines.cellEnd();
                }
            }
            case "row" -> {
                if (state.destination == RtfDestination.BODY) {
                    lines.rowEnd();
                }
            }
            case "nestcell", "nestrow", "tab" -> emit(word.equals("tab") ? "\t" : " ");
            case "line" -> emit("\n");
            case "emdash" -> emit("\u2014");
            case "endash" -> emit("\u2013");
            case "bullet" -> emit("\u2022");
            case "lquote" -> emit("\u2018");
            case "rquote" -> emit("\u2019");
            case "ldblquote" -> emit("\u201C");
            case "rdblquote" -> emit("\u201D");
            case "emspace", "enspace", "qmspace" -> emit(" ");
            default -> {}
        }
    }

    private void symbol(char symbol) {
        switch (symbol) {
            case '*' -> starred = true;
            case '~' -> emit(" ");
            case '_' -> emit("-");
            case '\\', '{', '}' -> emit(String.valueOf(symbol));
            case '\t' -> emit("\t");
            default -> {} // \- (optional hyphen), \: (index subentry), \| (formula)
        }
    }

    private void paragraphEnd() {
        switch (state.destination) {
            case BODY -> {
                if (state.inTable) {
                    lines.paragraphEnd(0, true);
                } else {
                    lines.paragraphEnd(styles.headingLevel(state.style, state.outline), false);
                }
            }
            case HEADER -> headerLine();
            default -> {}
        }
    }

    private void text(int textByte) {
        if (toSkip > 0) {
            toSkip--;
            return;
        }
        if (state.destination == RtfDestination.SKIP || state.destination == RtfDestination.FONTS) {
            return; // a picture's hex digits and the like are stepped over, never collected
        }
        Charset charset = charsets.of(state.font);
        if (pendingCharset != charset) {
            flush();
            pendingCharset = charset;
        }
        pending.write(textByte);
        // Flushed after an ASCII byte, which is never the first byte of a double-byte character.
        if (pending.size() >= FLUSH_BYTES && textByte < 0x80) {
            flush();
        }
    }

    /** Decodes the bytes of text read so far in one code page (a double-byte character may span two escapes). */
    private void flush() {
        if (pending.size() > 0) {
            String decoded = pending.toString(pendingCharset);
            pending.reset();
            emit(decoded);
        }
    }

    private void emit(String text) {
        switch (state.destination) {
            case BODY -> {
                if (state.visible()) {
                    lines.text(text);
                }
            }
            case HEADER -> {
                if (state.visible() && header.length() < 4096) {
                    header.append(text);
                }
            }
            case LIST_TEXT -> lines.marker(text);
            case FIELD_CODE -> {
                Field field = fields.peek();
                if (field != null && field.code.length() < MAX_FIELD_CODE) {
                    field.code.append(text);
                }
            }
            case STYLES, STYLE_ENTRY -> styles.text(text);
            default -> {}
        }
    }

    /** A page header or footer line: its text without bare page numbers. */
    private void headerLine() {
        String text = header.toString().replaceAll("\\s+", " ").strip();
        header.setLength(0);
        if (!text.isEmpty() && !text.chars().allMatch(Character::isDigit) && runningHeaders.size() < 100) {
            runningHeaders.add(text);
        }
    }
}
