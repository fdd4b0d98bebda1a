package org.wsisanalytics.ingest.structure;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.TextLocation;

/**
 * One unit's blocks, as a structure layer cut them out of the document: a session of a known template,
 * a unit under a heading of the document's outline, or the whole document.
 *
 * @param titleLine the title as written, prefix included
 * @param title the title without a template's prefix
 * @param titleLocation where the title is in the input file, or {@code null} where it is not known (a reader that
 *     gives no locations, a title not written in the text)
 * @param byline the by-line under the title as written, or {@code null}
 * @param facilitator the name in the by-line, honorifics included, or {@code null}
 * @param sessionId the session number the title gives ("Session 123: ..."), or {@code null}
 * @param body the blocks after the title and by-line
 */
record Part(
        String titleLine,
        String title,
        TextLocation titleLocation,
        String byline,
        String facilitator,
        String sessionId,
        List<Block> body) {

    Part {
        Objects.requireNonNull(titleLine, "titleLine");
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
    }

    /**
     * A unit the document's own headings do not title (the whole document, the text before its first
     * unit), titled with the document's title; the title's own line is not part of the body. The title is
     * located at its line, or at the two lines it was joined from ("Consultation on implementing WSIS outcomes
     * related to" / "Action Line C2 (...)"); a title the text does not hold (a running header, the file's name) is
     * not located.
     */
    static Part untitled(String title, List<Block> blocks) {
        return new Part(
                title,
                title,
                locate(title, blocks),
                null,
                null,
                null,
                blocks.stream()
                        .filter(block -> !block.text().strip().equals(title))
                        .toList());
    }

    private static TextLocation locate(String title, List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text().strip();
            if (text.equals(title)) {
                return blocks.get(i).locationOf(text);
            }
            if (i + 1 < blocks.size()
                    && title.equals(text + " " + blocks.get(i + 1).text().strip())) {
                TextLocation first = blocks.get(i).locationOf(text);
                TextLocation second =
                        blocks.get(i + 1).locationOf(blocks.get(i + 1).text().strip());
                return first == null ? second : first.through(second);
            }
        }
        return null;
    }
}
