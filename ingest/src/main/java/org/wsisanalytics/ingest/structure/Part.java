package org.wsisanalytics.ingest.structure;

import java.util.List;
import java.util.Objects;

/**
 * One unit's blocks, as a structure layer cut them out of the document: a session of a known template,
 * a unit under a heading of the document's outline, or the whole document.
 *
 * @param titleLine the title as written, prefix included
 * @param title the title without a template's prefix
 * @param byline the by-line under the title as written, or {@code null}
 * @param facilitator the name in the by-line, honorifics included, or {@code null}
 * @param sessionId the session number the title gives ("Session 123: ..."), or {@code null}
 * @param body the blocks after the title and by-line
 */
record Part(String titleLine, String title, String byline, String facilitator, String sessionId, List<Block> body) {

    Part {
        Objects.requireNonNull(titleLine, "titleLine");
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
    }

    /**
     * A unit the document's own headings do not title (the whole document, the text before its first
     * unit), titled with the document's title; the title's own line is not part of the body.
     */
    static Part untitled(String title, List<Block> blocks) {
        return new Part(
                title,
                title,
                null,
                null,
                null,
                blocks.stream()
                        .filter(block -> !block.text().strip().equals(title))
                        .toList());
    }
}
