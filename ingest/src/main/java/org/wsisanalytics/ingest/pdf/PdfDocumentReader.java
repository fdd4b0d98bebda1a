package org.wsisanalytics.ingest.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;

/**
 * Reads a PDF with PDFBox into the line form the structure recognizer reads (see {@link PdfLayout}):
 * text in reading order, running headers, footers and page numbers removed by their recurrence across
 * pages ({@link PageFurniture}), paragraphs and wrapped table cells joined again, words hyphenated at a
 * line end mended ({@link Hyphenation}), letter-spaced display text joined into words and footnote numbers
 * glued to words removed (the rules of the {@code clean} package). Encrypted, damaged, image-only and over-long PDFs are rejected
 * with a one-line reason. Thread-safe: no state between calls.
 */
public final class PdfDocumentReader {

    private final IngestLimits limits;

    public PdfDocumentReader(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The document's text as cleaned lines; {@code name} is used in reject reasons. */
    public CleanText read(byte[] bytes, String name) throws UnreadableDocumentException {
        List<List<PdfLine>> pages;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new UnreadableDocumentException(name, "the PDF has no pages", "Export the document again.");
            }
            if (count > limits.maxPages()) {
                throw new UnreadableDocumentException(
                        name,
                        "the PDF has " + count + " pages, more than the limit of " + limits.maxPages(),
                        "Split the document or raise the page limit.");
            }
            pages = PdfLineExtractor.extract(document, limits.maxTextChars());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(
                    name,
                    "the file is encrypted (password required)",
                    "Save an unprotected copy of the PDF and run again.",
                    e);
        } catch (PdfLineExtractor.TextTooLongException e) {
            throw new UnreadableDocumentException(
                    name,
                    "its text is longer than the limit of " + limits.maxTextChars() + " characters",
                    "Split the document or raise the text size limit.",
                    e);
        } catch (IOException | RuntimeException e) {
            // PDFBox's own message ("Missing root object specification in trailer") is for the debug log.
            throw new UnreadableDocumentException(
                    name, "the PDF is damaged and cannot be read", "Export the document to PDF again.", e);
        }
        if (pages.stream().allMatch(List::isEmpty)) {
            throw new UnreadableDocumentException(
                    name,
                    "the PDF contains no text (it may be scanned images only)",
                    "Run it through OCR or ask for a text-based PDF.");
        }
        PageFurniture furniture = PageFurniture.detect(pages);
        return PdfLayout.lines(furniture.body(), furniture.runningHeaders());
    }
}
