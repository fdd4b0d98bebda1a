package org.wsisanalytics.model;

import java.util.Objects;

/**
 * An action line, theme or country that many sessions share, with a sentence of one of them that says it.
 *
 * @param kind what is shared
 * @param item its key: the action line's code, the theme's name, the country's ISO code
 * @param label how it is shown: "C7 ICT applications", "AI", "India"
 * @param sessions how many sessions share it
 * @param quote a sentence of one of those sessions, verbatim: one of its key messages where one names the item
 * @param citation where the quote is: document, session, section and, where known, the location
 * @param session the session the quote is from
 * @param section the heading of the section the quote is from (empty for text before the first heading)
 * @param location where the quote is in the input file, or {@code null} where that is not known
 */
public record SharedMessage(
        Kind kind,
        String item,
        String label,
        int sessions,
        String quote,
        String citation,
        SessionKey session,
        String section,
        TextLocation location) {

    /** What a shared message is about. */
    public enum Kind {
        ACTION_LINE,
        THEME,
        COUNTRY
    }

    public SharedMessage {
        Objects.requireNonNull(kind, "kind");
        Requires.text(item, "item");
        Requires.text(label, "label");
        Requires.positive(sessions, "sessions");
        Requires.text(quote, "quote");
        Requires.text(citation, "citation");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(section, "section");
    }
}
