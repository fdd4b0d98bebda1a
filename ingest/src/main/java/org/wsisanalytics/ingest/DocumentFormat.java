package org.wsisanalytics.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.wsisanalytics.ingest.text.TextDecoder;

/**
 * What a file really is, judged by its first bytes rather than its name: the extension is only a claim
 * and a renamed or half-downloaded file must be told apart from the real thing.
 */
enum DocumentFormat {

    PDF("a PDF document", "pdf"),
    DOCX("a Word document", "docx"),
    /** A zip archive that is not a Word document (a spreadsheet, a presentation, any other archive). */
    OTHER_ZIP("a zip archive that is not a Word document (it has no word/document.xml)", null),
    /** The compound-file container of Word 97-2003 (.doc), old Excel and Outlook files. */
    LEGACY_OFFICE("a Word 97-2003 or other legacy Office file", "doc"),
    /** Text whose first markup is a doctype or an html, head or body tag. */
    HTML("an HTML page", "html"),
    TEXT("plain text", "txt"),
    BINARY("binary data", null);

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] WORD_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the header anywhere in the first kilobyte (some generators prepend junk). */
    private static final int PDF_HEADER_WINDOW = 1024;
    /** How far into the file the first HTML tag may sit, after a byte order mark, comments and an XML declaration. */
    private static final int HTML_WINDOW = 4096;
    private static final Pattern HTML_START = Pattern.compile("(?i)<(?:!doctype\\s+html|html|head|body)(?=[\\s>/])");

    private final String description;
    private final String extension;

    DocumentFormat(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    /** How a message names the format: "a PDF document", "plain text". */
    String description() {
        return description;
    }

    /** The usual file name ending, or {@code null} when there is no single one. */
    String extension() {
        return extension;
    }

    static DocumentFormat sniff(byte[] bytes) {
        if (indexOf(bytes, PDF_MAGIC, 0, Math.min(bytes.length, PDF_HEADER_WINDOW)) >= 0) {
            return PDF;
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            // Part names are stored uncompressed in the local headers and the central directory.
            return indexOf(bytes, WORD_PART, 0, bytes.length) >= 0 ? DOCX : OTHER_ZIP;
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return LEGACY_OFFICE;
        }
        if (!TextDecoder.hasUtf16Bom(bytes) && TextDecoder.looksBinary(bytes)) {
            return BINARY;
        }
        return looksLikeHtml(bytes) ? HTML : TEXT;
    }

    /**
     * True when the first thing in the file, after a byte order mark, white space, comments and an XML
     * declaration, is a doctype or an html, head or body tag (any case). A Markdown or text file that merely
     * contains tags ("&lt;p&gt;" in a table cell) does not start that way, so it stays text.
     */
    private static boolean looksLikeHtml(byte[] bytes) {
        int length = Math.min(bytes.length, HTML_WINDOW);
        String start = TextDecoder.hasUtf16Bom(bytes)
                ? new String(bytes, 0, length, StandardCharsets.UTF_16)
                : new String(bytes, 0, length, StandardCharsets.ISO_8859_1); // tags are ASCII in any ASCII-based charset
        int at = start.startsWith("\u00EF\u00BB\u00BF") ? 3 : start.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            while (at < start.length() && Character.isWhitespace(start.charAt(at))) {
                at++;
            }
            String closing = start.startsWith("<!--", at) ? "-->" : start.startsWith("<?", at) ? "?>" : null;
            if (closing == null) {
                break;
            }
            int end = start.indexOf(closing, at);
            if (end < 0) {
                return false;
            }
            at = end + closing.length();
        }
        return HTML_START.matcher(start).region(at, start.length()).lookingAt();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && indexOf(bytes, prefix, 0, prefix.length) == 0;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
