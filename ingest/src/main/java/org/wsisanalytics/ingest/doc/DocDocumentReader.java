package org.wsisanalytics.ingest.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;

/**
 * Reads a Word 97-2003 document (.doc, the OLE2 compound file with a {@code WordDocument} stream) with POI's
 * HWPF into the line form the structure recognizer reads, the same as the Word (.docx) reader gives (see
 * {@link DocLines}). Page headers and footers are a story of their own; their lines become the running
 * headers (the first is the document's title). A password-protected document, a Word 6.0/95 file and a
 * damaged one are rejected in one line. Thread-safe: no state between calls.
 */
public final class DocDocumentReader {

    private static final String WORD_STREAM = "WordDocument";
    private static final String RESAVE = "Open it in Word or LibreOffice and save it again as .docx.";

    private final IngestLimits limits;

    public DocDocumentReader(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The document's main text as cleaned lines; {@code name} is used in reject reasons. */
    public CleanText read(byte[] bytes, String name) throws UnreadableDocumentException {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes));
                HWPFDocument document = open(container, name)) {
            DocLines lines = new DocLines(document, limits.maxTextChars());
            lines.read(document.getRange());
            if (lines.tooLong()) {
                throw new UnreadableDocumentException(
                        name,
                        "its text is longer than the limit of " + limits.maxTextChars() + " characters",
                        "Split the document or raise the text size limit.");
            }
            return lines.toCleanText(runningHeaders(document));
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(
                    name,
                    "the file is password-protected (encrypted)",
                    "Save a copy without a password in Word and run again.",
                    e);
        } catch (OldFileFormatException e) {
            throw new UnreadableDocumentException(
                    name, "it is a Word 6.0/95 document, older than Word 97, which" + " cannot be read", RESAVE, e);
        } catch (IOException | RuntimeException e) {
            // Any failure inside POI (its record, stream and format exceptions are unchecked too) is a damaged file.
            throw new UnreadableDocumentException(
                    name, "the Word 97-2003 document is damaged and cannot be read", RESAVE, e);
        }
    }

    private static HWPFDocument open(POIFSFileSystem container, String name)
            throws IOException, UnreadableDocumentException {
        if (!container.getRoot().hasEntry(WORD_STREAM)) {
            throw new UnreadableDocumentException(
                    name,
                    "the file is not a Word 97-2003 document but an Office 97-2003"
                            + " file other than a Word document (a spreadsheet, a presentation, a mail or a password-protected"
                            + " Office file)",
                    "Save the document as .docx, .doc or PDF.");
        }
        return new HWPFDocument(container);
    }

    /** The page header and footer lines (field results, not codes), without bare page numbers. */
    private static List<String> runningHeaders(HWPFDocument document) {
        Range stories = document.getHeaderStoryRange();
        if (stories == null) {
            return List.of();
        }
        DocLines lines = new DocLines(document, 100_000);
        lines.read(stories);
        Set<String> texts = new LinkedHashSet<>();
        for (String line : lines.lines()) {
            String text = line.replaceFirst("^#+ ", "").replaceAll("\\s+", " ").strip();
            if (!text.isEmpty() && !text.chars().allMatch(Character::isDigit)) {
                texts.add(text);
            }
        }
        return List.copyOf(texts);
    }
}
