package org.wsisanalytics.reports.qda;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A streaming writer of {@code project.qde}: StAX with one element per line, indented, so the file can be read
 * and compared by eye. Text from documents is cleaned of characters XML 1.0 cannot hold (control characters,
 * unpaired surrogates), and in attributes line breaks and tabs become spaces (a parser would turn them into
 * spaces anyway). Turns {@link XMLStreamException} into {@link IOException}, as the other writers fail.
 */
final class ProjectXml implements AutoCloseable {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private final XMLStreamWriter xml;
    private int depth;
    private boolean open;

    ProjectXml(OutputStream out) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException("Cannot start the REFI-QDA project: " + e.getMessage(), e);
        }
    }

    /** Opens the root element with the project namespace as the default one. */
    ProjectXml root(String name) throws IOException {
        start(name);
        try {
            xml.writeDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    ProjectXml start(String name) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        depth++;
        open = true;
        return this;
    }

    /** An element without children. */
    ProjectXml empty(String name) throws IOException {
        try {
            newLine();
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        open = false;
        return this;
    }

    /** An attribute of the element just started; {@code null} values are left out. */
    ProjectXml attribute(String name, String value) throws IOException {
        if (value != null) {
            try {
                xml.writeAttribute(
                        name, clean(value).replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
            } catch (XMLStreamException e) {
                throw failed(e);
            }
        }
        return this;
    }

    ProjectXml attribute(String name, long value) throws IOException {
        return attribute(name, Long.toString(value));
    }

    /** An element holding only text. */
    ProjectXml text(String name, String value) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            xml.writeCharacters(clean(value));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        open = false;
        return this;
    }

    ProjectXml end() throws IOException {
        depth--;
        try {
            if (!open) {
                newLine();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        open = false;
        return this;
    }

    /** Ends the document and flushes it; the stream stays open. */
    void finish() throws IOException {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The value without the characters XML 1.0 does not allow. */
    static String clean(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    private static IOException failed(XMLStreamException e) {
        return new IOException("Cannot write the REFI-QDA project: " + e.getMessage(), e);
    }
}
