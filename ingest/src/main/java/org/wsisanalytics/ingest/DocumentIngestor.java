package org.wsisanalytics.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.ingest.clean.TextCleaner;
import org.wsisanalytics.ingest.structure.RecognizedStructure;
import org.wsisanalytics.ingest.structure.SectionClassifier;
import org.wsisanalytics.ingest.structure.StructureRecognizer;
import org.wsisanalytics.ingest.text.DecodedText;
import org.wsisanalytics.ingest.text.TextDecoder;
import org.wsisanalytics.ingest.text.TextFormat;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocument;

/**
 * Reads one input file into a {@link ParsedDocument}: checks it can be read, decodes its text,
 * removes extraction noise and recognises sessions, sections and the facilitators table.
 * Thread-safe: it holds no state between calls, so one instance can serve a multi-threaded step.
 */
public final class DocumentIngestor {

    private final IngestLimits limits;
    private final TextCleaner cleaner = new TextCleaner();
    private final StructureRecognizer recognizer;

    public DocumentIngestor(IngestLimits limits) {
        this(limits, SectionClassifier.bundled());
    }

    /** With section-type rules other than the bundled ones (see {@code section-types.txt} for the format). */
    public DocumentIngestor(IngestLimits limits, SectionClassifier sectionTypes) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.recognizer = new StructureRecognizer(sectionTypes);
    }

    /** Reads one file. The source carries the file name and SHA-256 computed by the caller. */
    public ParsedDocument read(Path file, DocumentSource source) throws UnreadableDocumentException {
        Objects.requireNonNull(file, "file");
        String name = Objects.requireNonNull(source, "source").name();
        checkFormat(file, name);
        byte[] bytes = readBytes(file, name);
        String text = decode(bytes, name);
        CleanText clean = cleaner.clean(text);
        RecognizedStructure structure = recognizer.recognize(clean, name);
        if (structure.sessions().isEmpty()) {
            throw new UnreadableDocumentException(name, "no session summaries were recognised (no \"Leaders TalkX: ...\""
                    + " title or \"Executive Summary by ...\" line)", "Check that this is a session summaries document.");
        }
        return new ParsedDocument(source, structure.title(), structure.facilitators(), structure.sessions(),
                structure.findings());
    }

    private static void checkFormat(Path file, String name) throws UnreadableDocumentException {
        String extension = TextFormat.extension(name);
        if (extension.isEmpty() && file.getFileName() != null) {
            extension = TextFormat.extension(file.getFileName().toString());
        }
        if (!TextFormat.EXTENSIONS.contains(extension)) {
            String format = extension.isEmpty() ? "a file without an extension" : "the format '." + extension + "'";
            throw new UnreadableDocumentException(name, format + " is not supported yet",
                    "Supported formats: " + String.join(", ", TextFormat.EXTENSIONS.stream().map(e -> "." + e).toList())
                            + "; save the document as plain text or Markdown.");
        }
    }

    private byte[] readBytes(Path file, String name) throws UnreadableDocumentException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableDocumentException(name, "the file is empty", "Export the document again.");
            }
            if (size > limits.maxFileBytes()) {
                throw new UnreadableDocumentException(name, "the file is " + megabytes(size) + ", more than the limit of "
                        + megabytes(limits.maxFileBytes()), "Split the document or raise the file size limit.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(name, "the file does not exist", "Check the input path.", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "the file could not be read (" + e.getClass().getSimpleName()
                    + ")", "Check that it is not locked or unreadable and run again.", e);
        }
    }

    private static String decode(byte[] bytes, String name) throws UnreadableDocumentException {
        if (!TextDecoder.hasUtf16Bom(bytes) && TextDecoder.looksBinary(bytes)) {
            throw new UnreadableDocumentException(name, "the file is not text (it contains binary data)",
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
