package org.wsisanalytics.ingest.rtf;

import java.util.Arrays;
import java.util.Objects;

import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;

/**
 * Reads an RTF document (Word, WordPad and LibreOffice write it; Word also under a .doc name) into the line form
 * the structure recognizer reads, the same as the Word readers give (see {@link RtfLines}): headings from the
 * paragraph styles and outline levels, list markers as the document shows them, table rows as tab-separated
 * cells with their hidden link addresses, field results rather than codes. Pictures and embedded objects are
 * stepped over, never decoded. Page headers and footers give the running headers. A file cut short, nesting
 * its groups more than {@link RtfParser#MAX_DEPTH} deep or otherwise not RTF is rejected in one line, and the
 * text is read up to {@link IngestLimits#maxTextChars()}. Thread-safe: no state between calls.
 */
public final class RtfDocumentReader {

    private static final int UTF8_BOM_LENGTH = 3;

    private static final String RESAVE = "Open it in Word or LibreOffice and save it again (as .rtf, .docx or .odt).";

    private final IngestLimits limits;

    public RtfDocumentReader(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The document's body as cleaned lines; {@code name} is used in reject reasons. */
    public CleanText read(byte[] bytes, String name) throws UnreadableDocumentException {
        RtfParser parser = new RtfParser(withoutByteOrderMark(bytes), limits.maxTextChars());
        CleanText text;
        try {
            text = parser.read();
        } catch (RtfFormatException e) {
            throw new UnreadableDocumentException(
                    name, "the RTF document cannot be read: " + e.getMessage(), RESAVE, e);
        }
        if (parser.tooLong()) {
            throw new UnreadableDocumentException(
                    name,
                    "its text is longer than the limit of " + limits.maxTextChars() + " characters",
                    "Split the document or raise the text size limit.");
        }
        return text;
    }

    /** A UTF-8 byte order mark some tools write before the opening group is no part of the RTF. */
    private static byte[] withoutByteOrderMark(byte[] bytes) {
        boolean bom = bytes.length >= UTF8_BOM_LENGTH
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return bom ? Arrays.copyOfRange(bytes, UTF8_BOM_LENGTH, bytes.length) : bytes;
    }
}
