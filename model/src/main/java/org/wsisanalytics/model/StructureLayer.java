package org.wsisanalytics.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The layer of structure recognition that read a document into sessions. Ingest tries them in this order
 * and records the first that applies, so that an analyst can tell sessions cut by a known template from
 * sessions guessed from headings, or a whole document taken as one unit.
 */
public enum StructureLayer {
    /** A known event template (title marker, byline, facilitators table) described in a profile file. */
    TEMPLATE("template", "a known event template"),
    /** The document's own outline: headings from styles, font sizes, HTML or Markdown marks, text signs. */
    OUTLINE("outline", "the document's own outline of headings"),
    /** No usable outline: the document is one unit. */
    WHOLE("whole", "the whole document as one unit");

    private final String word;
    private final String description;

    StructureLayer(String word, String description) {
        this.word = word;
        this.description = description;
    }

    /** How the layer is written in the CSV {@code structure} column, in JSON and in the store. */
    public String word() {
        return word;
    }

    /** A short phrase for readers, which reads after "Read by:". */
    public String description() {
        return description;
    }

    /** The layer written as {@code word}. */
    public static StructureLayer ofWord(String word) {
        Objects.requireNonNull(word, "word");
        return Arrays.stream(values())
                .filter(layer -> layer.word.equals(word))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown structure layer '" + word + "'; expected one of template, outline, whole"));
    }
}
