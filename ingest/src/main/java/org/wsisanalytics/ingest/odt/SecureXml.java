package org.wsisanalytics.ingest.odt;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for untrusted XML: no DTD, no external entities or schemas, so a document cannot make the
 * reader fetch a file or an address, or expand entities without bound. OpenDocument parts never need a DTD.
 */
final class SecureXml {

    private SecureXml() {}

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        // A factory per document: cheap next to the parse, and no question of sharing one across threads.
        return factory().createXMLStreamReader(in);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        setIfKnown(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfKnown(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void setIfKnown(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException unknown) {
            // Another StAX implementation on the class path: with DTDs off these properties do not matter.
        }
    }
}
