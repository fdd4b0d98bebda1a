package org.wsisanalytics.ingest.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;

/**
 * Reads a Word (.docx) document into the line form the structure recognizer reads: one line per
 * paragraph with a blank line after it, headings (Title and Heading 1..9 styles, or an outline level)
 * written as Markdown "# " headings, list items with their marker ("- ", "1. ", "a. "), table rows as
 * tab-separated cells. Page headers and footers live in parts of their own and never reach the body;
 * their text becomes the running headers (the first one is the document's title).
 *
 * <p>POI's zip-bomb protection ({@code ZipSecureFile}: minimum inflate ratio, maximum entry size) is left
 * as it is; what it detects is reported as a reject. Thread-safe: no state between calls.
 */
public final class DocxDocumentReader {

    private final IngestLimits limits;

    public DocxDocumentReader(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The document's body as cleaned lines; {@code name} is used in reject reasons. */
    public CleanText read(byte[] bytes, String name) throws UnreadableDocumentException {
        try (OPCPackage container = OPCPackage.open(new ByteArrayInputStream(bytes));
                XWPFDocument document = new XWPFDocument(container)) {
            DocxLines lines = new DocxLines(document, limits.maxTextChars());
            for (IBodyElement element : document.getBodyElements()) {
                if (lines.tooLong()) {
                    break;
                }
                if (element instanceof XWPFParagraph paragraph) {
                    lines.paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    lines.table(table);
                } else if (element instanceof XWPFSDT control) {
                    lines.contentControl(control.getContent().getText());
                }
            }
            if (lines.tooLong()) {
                throw new UnreadableDocumentException(
                        name,
                        "its text is longer than the limit of " + limits.maxTextChars() + " characters",
                        "Split the document or raise the text size limit.");
            }
            return lines.lines().toCleanText(runningHeaders(document));
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            // Any failure inside POI (its record, XML and zip exceptions are unchecked too) is a damaged file.
            throw reject(name, e);
        }
    }

    private static List<String> runningHeaders(XWPFDocument document) {
        Set<String> texts = new LinkedHashSet<>();
        List<XWPFHeaderFooter> parts = new ArrayList<>(document.getHeaderList());
        parts.addAll(document.getFooterList());
        for (XWPFHeaderFooter part : parts) {
            for (XWPFParagraph paragraph : part.getParagraphs()) {
                String text = DocxLines.normalise(paragraph.getText()).strip();
                if (!text.isEmpty() && !text.chars().allMatch(Character::isDigit)) {
                    texts.add(text);
                }
            }
        }
        return List.copyOf(texts);
    }

    /** A POI failure as a one-line reason; zip bombs are named as such with the limit that caught them. */
    static UnreadableDocumentException reject(String name, Exception e) {
        String bomb = ZipBombReason.of(e);
        if (bomb != null) {
            return new UnreadableDocumentException(
                    name,
                    "it looks like a zip bomb (" + bomb + ")",
                    "The file was not unpacked; ask the sender for the original document.",
                    e);
        }
        if (e instanceof InvalidFormatException
                || e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                || e instanceof org.apache.poi.openxml4j.exceptions.InvalidOperationException) {
            return new UnreadableDocumentException(
                    name,
                    "the file is not a Word document (the package is not valid" + " Office Open XML)",
                    "Open it in Word and save it again as .docx.",
                    e);
        }
        return new UnreadableDocumentException(
                name,
                "the Word document is damaged and cannot be read",
                "Open it in Word and save it again as .docx.",
                e);
    }
}
