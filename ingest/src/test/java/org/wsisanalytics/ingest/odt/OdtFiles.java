package org.wsisanalytics.ingest.odt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small OpenDocument text packages in memory, laid out as Writer writes them. */
public final class OdtFiles {

    public static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private OdtFiles() {}

    /** A text document whose body ({@code office:text} content) and named styles are given. */
    public static byte[] odt(String styles, String body) throws IOException {
        return odt(styles, "", body);
    }

    /** With automatic styles in content.xml as well. */
    public static byte[] odt(String styles, String automaticStyles, String body) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "META-INF/manifest.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>"));
        entries.put(
                "styles.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + NAMESPACES
                        + "><office:styles>" + styles + "</office:styles></office:document-styles>"));
        entries.put("content.xml", content(automaticStyles, body));
        return zip("application/vnd.oasis.opendocument.text", entries);
    }

    public static byte[] content(String automaticStyles, String body) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES
                + "><office:automatic-styles>" + automaticStyles + "</office:automatic-styles>"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
    }

    /** A package: the media type stored first, as the format requires, then the entries, compressed. */
    public static byte[] zip(String mediaType, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mediaType != null) {
                byte[] type = utf8(mediaType);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(type);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> part : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
