package org.wsisanalytics.ingest.odt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;

/**
 * Reads an OpenDocument text (.odt, LibreOffice's own format) into the line form the structure recognizer
 * reads, the same as the Word reader gives (see {@link OdtLines}). The package is a zip holding
 * {@code styles.xml} (named styles, list styles, page headers and footers) and {@code content.xml}
 * (automatic styles and the body); both are read with a StAX parser that refuses DTDs and external
 * entities. The zip is unpacked under the limits POI puts on Word packages ({@link OdtPackage}), and the
 * text under {@link IngestLimits#maxTextChars()}. The page header and footer text becomes the running
 * headers, where the structure recognizer looks for the title. Thread-safe: no state between calls.
 */
public final class OdtDocumentReader {

    /** The {@code mimetype} entry of a text document; spreadsheets, drawings and templates have others. */
    public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final int MAX_SMALL_ENTRY = 1024 * 1024;
    private static final String RESAVE = "Open it in LibreOffice and save it again as .odt.";

    private final IngestLimits limits;

    public OdtDocumentReader(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The document's body as cleaned lines; {@code name} is used in reject reasons. */
    public CleanText read(byte[] bytes, String name) throws UnreadableDocumentException {
        OdtPackage container = new OdtPackage(bytes);
        OdtStyles styles = new OdtStyles();
        try {
            Contents contents = survey(container, styles);
            if (contents.encrypted) {
                throw new UnreadableDocumentException(
                        name,
                        "the file is password-protected (encrypted)",
                        "Save a copy without a password in LibreOffice and run again.");
            }
            if (contents.mediaType != null && !contents.mediaType.equals(MEDIA_TYPE)) {
                throw new UnreadableDocumentException(
                        name,
                        "the file is an OpenDocument file but not a text" + " document (" + contents.mediaType + ")",
                        "Save the text document as .odt, .docx or PDF.");
            }
            if (!contents.hasContent) {
                throw new UnreadableDocumentException(
                        name, "the OpenDocument file is damaged (it has no content.xml)", RESAVE);
            }
            OdtLines lines = new OdtLines(styles, limits.maxTextChars());
            container.walk((entry, in) -> {
                if (!entry.equals("content.xml")) {
                    return false;
                }
                readBody(in, styles, lines);
                return true;
            });
            if (lines.tooLong()) {
                throw new UnreadableDocumentException(
                        name,
                        "its text is longer than the limit of " + limits.maxTextChars() + " characters",
                        "Split the document or raise the text size limit.");
            }
            return lines.lines().toCleanText(styles.pageTexts());
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | OdtFormatException | RuntimeException e) {
            throw reject(name, e);
        }
    }

    /** What the package holds, read in one pass: its media type, whether it is encrypted, its styles. */
    private static final class Contents {
        String mediaType;
        boolean encrypted;
        boolean hasContent;
    }

    private static Contents survey(OdtPackage container, OdtStyles styles) throws IOException, OdtFormatException {
        Contents contents = new Contents();
        container.walk((entry, in) -> {
            switch (entry) {
                case "mimetype" -> contents.mediaType = small(in).strip();
                // Encrypted parts are listed with their encryption data in the manifest; their bytes are no XML.
                case "META-INF/manifest.xml" -> contents.encrypted = small(in).contains("encryption-data");
                case "styles.xml" -> readStyles(in, styles);
                case "content.xml" -> contents.hasContent = true;
                default -> {}
            }
            return false;
        });
        return contents;
    }

    private static String small(InputStream in) throws IOException {
        return new String(in.readNBytes(MAX_SMALL_ENTRY), StandardCharsets.UTF_8);
    }

    private static void readStyles(InputStream in, OdtStyles styles) throws OdtFormatException {
        try {
            XMLStreamReader xml = SecureXml.reader(in);
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw doctype("styles.xml");
                    case XMLStreamConstants.START_ELEMENT -> styles.start(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> styles.characters(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> styles.end(xml);
                    default -> {}
                }
            }
        } catch (XMLStreamException e) {
            throw new OdtFormatException("styles.xml is not well-formed XML", e);
        }
    }

    /** The content part: automatic styles go to the styles, the body ({@code office:body}) to the lines. */
    private static void readBody(InputStream in, OdtStyles styles, OdtLines lines) throws OdtFormatException {
        try {
            XMLStreamReader xml = SecureXml.reader(in);
            boolean body = false;
            while (xml.hasNext() && !lines.tooLong()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw doctype("content.xml");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (body) {
                            lines.start(xml);
                        } else if (OFFICE.equals(xml.getNamespaceURI())
                                && xml.getLocalName().equals("body")) {
                            body = true;
                        } else {
                            styles.start(xml);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (body) {
                            lines.characters(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (body
                                && OFFICE.equals(xml.getNamespaceURI())
                                && xml.getLocalName().equals("body")) {
                            body = false;
                        } else if (body) {
                            lines.end(xml);
                        } else {
                            styles.end(xml);
                        }
                    }
                    default -> {}
                }
            }
        } catch (XMLStreamException e) {
            throw new OdtFormatException("content.xml is not well-formed XML", e);
        }
    }

    /** OpenDocument parts never declare a DTD; one that does is not what LibreOffice or Word wrote. */
    private static OdtFormatException doctype(String part) {
        return new OdtFormatException(part + " declares a DTD");
    }

    /** A failure as a one-line reason: zip bombs named as such, anything else a damaged file. */
    private static UnreadableDocumentException reject(String name, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OdtPackage.ZipBombException bomb) {
                return new UnreadableDocumentException(
                        name,
                        "it looks like a zip bomb (" + bomb.getMessage() + ")",
                        "The file was not unpacked; ask the sender for the original document.",
                        e);
            }
        }
        return new UnreadableDocumentException(name, "the OpenDocument file is damaged and cannot be read", RESAVE, e);
    }
}
