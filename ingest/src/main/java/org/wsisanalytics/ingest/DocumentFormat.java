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
    /** A zip whose first entry, {@code mimetype}, names an OpenDocument text (LibreOffice's .odt). */
    ODT("an OpenDocument text", "odt"),
    /** A zip archive that is neither (a spreadsheet, a presentation, another OpenDocument file, any other archive). */
    OTHER_ZIP("a zip archive that is neither a Word document nor an OpenDocument text", null),
    /** The compound-file container with a {@code WordDocument} stream: Word 97-2003 (.doc). */
    DOC("a Word 97-2003 document", "doc"),
    /** The compound-file container without one: old Excel, PowerPoint and Outlook files, password-protected .docx. */
    LEGACY_OFFICE(
            "an Office 97-2003 file other than a Word document (a spreadsheet, a presentation, a mail or a"
                    + " password-protected Office file)",
            null),
    /** Rich Text Format, which Word and WordPad write (also under a .doc name). */
    RTF("an RTF document", "rtf"),
    /** Text whose first markup is a doctype or an html, head or body tag. */
    HTML("an HTML page", "html"),
    TEXT("plain text", "txt"),
    BINARY("binary data", null);

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] WORD_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIMETYPE = "mimetype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ODT_MEDIA_TYPE =
            "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RTF_MAGIC = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    /** Some tools write a UTF-8 byte order mark before an RTF file's opening group. */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** A compound file's directory entry name, UTF-16LE with its terminating NUL, as Word 97-2003 names its main stream. */
    private static final byte[] WORD_STREAM = "WordDocument\0".getBytes(StandardCharsets.UTF_16LE);

    private static final int DIRECTORY_ENTRY = 128;
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
            if (indexOf(bytes, WORD_PART, 0, bytes.length) >= 0) {
                return DOCX;
            }
            return isOpenDocumentText(bytes) ? ODT : OTHER_ZIP;
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return hasWordStream(bytes) ? DOC : LEGACY_OFFICE;
        }
        if (startsWith(bytes, RTF_MAGIC)
                || startsWith(bytes, UTF8_BOM)
                        && indexOf(bytes, RTF_MAGIC, UTF8_BOM.length, UTF8_BOM.length + RTF_MAGIC.length) >= 0) {
            return RTF;
        }
        if (!TextDecoder.hasUtf16Bom(bytes) && TextDecoder.looksBinary(bytes)) {
            return BINARY;
        }
        return looksLikeHtml(bytes) ? HTML : TEXT;
    }

    /**
     * An OpenDocument package starts with a stored (uncompressed) entry named {@code mimetype} whose content is
     * the media type; a text's is exactly {@code application/vnd.oasis.opendocument.text} (a template or a
     * master document adds "-template", "-master"), so the entry's size must be that of the media type.
     */
    private static boolean isOpenDocumentText(byte[] bytes) {
        if (bytes.length < 30 + MIMETYPE.length) {
            return false;
        }
        int nameLength = (bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8;
        int extraLength = (bytes[28] & 0xFF) | (bytes[29] & 0xFF) << 8;
        int content = 30 + nameLength + extraLength;
        if (nameLength != MIMETYPE.length
                || indexOf(bytes, MIMETYPE, 30, 30 + MIMETYPE.length) != 30
                || indexOf(bytes, ODT_MEDIA_TYPE, content, Math.min(bytes.length, content + ODT_MEDIA_TYPE.length))
                        != content) {
            return false;
        }
        long size =
                (bytes[18] & 0xFFL) | (bytes[19] & 0xFFL) << 8 | (bytes[20] & 0xFFL) << 16 | (bytes[21] & 0xFFL) << 24;
        if (size != 0) {
            return size == ODT_MEDIA_TYPE.length;
        }
        // Sizes in a data descriptor after the entry: the media type must end where the next header begins.
        int after = content + ODT_MEDIA_TYPE.length;
        return after >= bytes.length || (bytes[after] != '-' && !Character.isLowerCase(bytes[after]));
    }

    /**
     * True when a directory entry of the compound file is the stream {@code WordDocument}. Directory entries are
     * 128 bytes, aligned to 128 in the file (sectors are 512 or 4096 bytes, after a header of one sector), with
     * the name first, its byte length at 64 and the type (2 = stream) at 66; checking all three keeps the words
     * "WordDocument" inside a spreadsheet's cells from counting.
     */
    private static boolean hasWordStream(byte[] bytes) {
        for (int at = 512; at + DIRECTORY_ENTRY <= bytes.length; at += DIRECTORY_ENTRY) {
            if (bytes[at] == 'W'
                    && indexOf(bytes, WORD_STREAM, at, at + WORD_STREAM.length) == at
                    && bytes[at + 64] == WORD_STREAM.length
                    && bytes[at + 65] == 0
                    && bytes[at + 66] == 2) {
                return true;
            }
        }
        return false;
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
                : new String(
                        bytes, 0, length, StandardCharsets.ISO_8859_1); // tags are ASCII in any ASCII-based charset
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
