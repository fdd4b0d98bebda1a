package org.wsisanalytics.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.ingest.clean.TextCleaner;
import org.wsisanalytics.ingest.doc.DocDocumentReader;
import org.wsisanalytics.ingest.docx.DocxDocumentReader;
import org.wsisanalytics.ingest.html.HtmlDocumentReader;
import org.wsisanalytics.ingest.odt.OdtDocumentReader;
import org.wsisanalytics.ingest.pdf.PdfDocumentReader;
import org.wsisanalytics.ingest.rtf.RtfDocumentReader;
import org.wsisanalytics.ingest.structure.RecognizedStructure;
import org.wsisanalytics.ingest.structure.SectionClassifier;
import org.wsisanalytics.ingest.structure.StructureRecognizer;
import org.wsisanalytics.ingest.text.DecodedText;
import org.wsisanalytics.ingest.text.TextDecoder;
import org.wsisanalytics.ingest.text.TextFormat;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocument;

/**
 * Reads one input file into a {@link ParsedDocument}: checks it can be read, tells by its first bytes
 * whether it is text, HTML, PDF, Word (.docx or .doc), an OpenDocument text or RTF (the extension must agree),
 * turns it into cleaned text lines (with {@link PdfDocumentReader}, {@link DocxDocumentReader},
 * {@link DocDocumentReader}, {@link OdtDocumentReader}, {@link RtfDocumentReader}, {@link HtmlDocumentReader}
 * or the text decoder and cleaner) and recognises
 * sessions, sections and the facilitators table.
 * Thread-safe: it holds no state between calls, so one instance can serve a multi-threaded step.
 */
public final class DocumentIngestor {

    private final IngestLimits limits;
    private final TextCleaner cleaner;
    private static final String SUPPORTED = ".txt, .md, .markdown, .html, .htm, .xhtml, .docx, .doc, .odt, .rtf, .pdf";

    private final StructureRecognizer recognizer;
    private final PdfDocumentReader pdfReader;
    private final DocxDocumentReader docxReader;
    private final DocDocumentReader docReader;
    private final OdtDocumentReader odtReader;
    private final RtfDocumentReader rtfReader;
    private final HtmlDocumentReader htmlReader;

    public DocumentIngestor(IngestLimits limits) {
        this(limits, SectionClassifier.bundled());
    }

    /** With section-type rules other than the bundled ones (see {@code section-types.txt} for the format). */
    public DocumentIngestor(IngestLimits limits, SectionClassifier sectionTypes) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.recognizer = new StructureRecognizer(sectionTypes);
        this.cleaner = new TextCleaner(sectionTypes::isSectionName);
        this.pdfReader = new PdfDocumentReader(limits);
        this.docxReader = new DocxDocumentReader(limits);
        this.docReader = new DocDocumentReader(limits);
        this.odtReader = new OdtDocumentReader(limits);
        this.rtfReader = new RtfDocumentReader(limits);
        this.htmlReader = new HtmlDocumentReader(limits);
    }

    /** Reads one file. The source carries the file name and SHA-256 computed by the caller. */
    public ParsedDocument read(Path file, DocumentSource source) throws UnreadableDocumentException {
        Objects.requireNonNull(file, "file");
        String name = Objects.requireNonNull(source, "source").name();
        DocumentFormat claimed = claimedFormat(file, name);
        byte[] bytes = readBytes(file, name);
        DocumentFormat actual = DocumentFormat.sniff(bytes);
        CleanText clean = switch (formatToRead(claimed, actual, name)) {
            case PDF -> pdfReader.read(bytes, name);
            case DOCX -> docxReader.read(bytes, name);
            case DOC -> docReader.read(bytes, name);
            case ODT -> odtReader.read(bytes, name);
            case RTF -> rtfReader.read(bytes, name);
            case HTML -> htmlReader.read(bytes, name);
            default -> cleaner.clean(decode(bytes, name));
        };
        if (clean.lines().stream().allMatch(String::isBlank)) {
            throw new UnreadableDocumentException(
                    name,
                    "no text is left once page headers, footers and markup are" + " removed",
                    "Check that the document has text (not only images) and export it again.");
        }
        RecognizedStructure structure = recognizer.recognize(clean, name);
        return new ParsedDocument(
                source, structure.title(), structure.facilitators(), structure.sessions(), structure.findings());
    }

    /** The format the file name claims, or {@code null} for a name without an extension (then the content decides). */
    private static DocumentFormat claimedFormat(Path file, String name) throws UnreadableDocumentException {
        String extension = TextFormat.extension(name);
        if (extension.isEmpty() && file.getFileName() != null) {
            extension = TextFormat.extension(file.getFileName().toString());
        }
        if (extension.isEmpty()) {
            return null;
        }
        if (TextFormat.EXTENSIONS.contains(extension)) {
            return DocumentFormat.TEXT;
        }
        if (HtmlDocumentReader.EXTENSIONS.contains(extension)) {
            return DocumentFormat.HTML;
        }
        return switch (extension) {
            case "pdf" -> DocumentFormat.PDF;
            case "docx" -> DocumentFormat.DOCX;
            case "doc" -> DocumentFormat.DOC;
            case "odt" -> DocumentFormat.ODT;
            case "rtf" -> DocumentFormat.RTF;
            default ->
                throw new UnreadableDocumentException(
                        name,
                        "the format '." + extension + "' is not supported",
                        "Supported formats: " + SUPPORTED + ".");
        };
    }

    /**
     * The format to read: the content must be what the name says. A mismatch is a renamed file or a broken
     * download (an HTML error page saved as "report.pdf"), and the reason names what the file really is.
     */
    private static DocumentFormat formatToRead(DocumentFormat claimed, DocumentFormat actual, String name)
            throws UnreadableDocumentException {
        // Both are text. A page saved as "notes.txt" starts with its doctype or <html> tag, which no text or
        // Markdown file does, so it is read as HTML; a ".html" file without those tags is a fragment, read as
        // HTML as its name says (a browser would show it that way too).
        if ((claimed == DocumentFormat.TEXT && actual == DocumentFormat.HTML)
                || (claimed == DocumentFormat.HTML && actual == DocumentFormat.TEXT)) {
            return DocumentFormat.HTML;
        }
        // The compound file's directory may sit at its end: a .doc cut short is no longer known by its content.
        // The Word reader opens it and tells a damaged document from another Office file.
        if (claimed == DocumentFormat.DOC && actual == DocumentFormat.LEGACY_OFFICE) {
            return DocumentFormat.DOC;
        }
        // Word saves RTF under a .doc name when asked to ("Rich Text Format" in the Save As dialog keeps the name).
        if (claimed == DocumentFormat.DOC && actual == DocumentFormat.RTF) {
            return DocumentFormat.RTF;
        }
        if (claimed == null || claimed == actual) {
            if (actual == DocumentFormat.PDF
                    || actual == DocumentFormat.DOCX
                    || actual == DocumentFormat.TEXT
                    || actual == DocumentFormat.HTML
                    || actual == DocumentFormat.DOC
                    || actual == DocumentFormat.ODT
                    || actual == DocumentFormat.RTF) {
                return actual;
            }
            if (claimed == null) {
                throw new UnreadableDocumentException(
                        name,
                        "the file is " + actual.description() + ", not a summaries document",
                        "Supported formats: " + SUPPORTED + ".");
            }
        }
        if (claimed == DocumentFormat.TEXT && actual == DocumentFormat.BINARY) {
            throw new UnreadableDocumentException(
                    name,
                    "the file is not text (it contains binary data)",
                    "Save the document as plain text or Markdown.");
        }
        String advice = actual.extension() != null
                ? "Rename it to ." + actual.extension() + " if that is what it should be, or export the document again."
                : "Export the document again as " + SUPPORTED + ".";
        throw new UnreadableDocumentException(
                name, "the file is not " + claimed.description() + " but " + actual.description(), advice);
    }

    private byte[] readBytes(Path file, String name) throws UnreadableDocumentException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableDocumentException(name, "the file is empty", "Export the document again.");
            }
            if (size > limits.maxFileBytes()) {
                throw new UnreadableDocumentException(
                        name,
                        "the file is " + megabytes(size) + ", more than the limit of "
                                + megabytes(limits.maxFileBytes()),
                        "Split the document or raise the file size limit.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(name, "the file does not exist", "Check the input path.", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(
                    name,
                    "the file could not be read",
                    "Check that it is not locked and that its permissions let you read it, then run again.",
                    e);
        }
    }

    private static String decode(byte[] bytes, String name) throws UnreadableDocumentException {
        if (!TextDecoder.hasUtf16Bom(bytes) && TextDecoder.looksBinary(bytes)) {
            throw new UnreadableDocumentException(
                    name,
                    "the file is not text (it contains binary data)",
                    "Save the document as plain text or Markdown.");
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new UnreadableDocumentException(name, "the file contains no text", "Export the document again.");
        }
        return decoded.text();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
