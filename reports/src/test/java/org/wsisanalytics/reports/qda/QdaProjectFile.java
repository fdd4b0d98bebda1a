package org.wsisanalytics.reports.qda;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A written {@code .qdpx} read back as a tool would: its zip entries, the parsed {@code project.qde} and the
 * sources' texts.
 */
final class QdaProjectFile {

    static final String NS = "urn:QDA-XML:project:1.0";

    final Map<String, byte[]> entries = new LinkedHashMap<>();
    final Map<String, ZipEntry> zipEntries = new LinkedHashMap<>();
    final Document project;

    QdaProjectFile(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                    zipEntries.put(entry.getName(), entry);
                }
            }
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        project = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("project.qde")));
    }

    Element root() {
        return project.getDocumentElement();
    }

    /** Every element of the project with that local name, in document order. */
    List<Element> all(String name) {
        List<Element> found = new ArrayList<>();
        var nodes = project.getElementsByTagNameNS(NS, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The element children of an element. */
    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> e.getLocalName().equals(name))
                .toList();
    }

    static String text(Element parent, String child) {
        List<Element> found = children(parent, child);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** The text of the source a {@code TextSource} points to. */
    String sourceText(Element textSource) {
        String path = textSource.getAttribute("plainTextPath");
        return new String(entries.get("Sources/" + path.substring("internal://".length())), StandardCharsets.UTF_8);
    }

    /** What a selection cuts out of its source: code points from startPosition up to (not including) endPosition. */
    String selected(Element selection) {
        String text = sourceText((Element) selection.getParentNode());
        int start = Integer.parseInt(selection.getAttribute("startPosition"));
        int end = Integer.parseInt(selection.getAttribute("endPosition"));
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** Codes by GUID. */
    Map<String, Element> codes() {
        Map<String, Element> codes = new LinkedHashMap<>();
        all("Code").forEach(code -> codes.put(code.getAttribute("guid"), code));
        return codes;
    }

    /** The code a selection is coded with. */
    Element codeOf(Element selection) {
        Element coding = children(selection, "Coding").get(0);
        return codes().get(children(coding, "CodeRef").get(0).getAttribute("targetGUID"));
    }

    /** Number of selections per code name. */
    Map<String, Integer> selectionsPerCode() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Element selection : all("PlainTextSelection")) {
            counts.merge(codeOf(selection).getAttribute("name"), 1, Integer::sum);
        }
        return counts;
    }
}
