package org.wsisanalytics.reports.qda;

import java.util.Map;
import java.util.function.BiFunction;

import org.wsisanalytics.model.SessionOutline;

/**
 * A variable each session's case (and source) carries, and how its value is read from the session. The event is
 * the title of the session's document, the closest the run knows of the event a document reports on.
 */
enum SessionVariable {
    DOCUMENT("Document", "Text", "The input file the session was read from.", (s, events) -> s.document()),
    EVENT(
            "Event",
            "Text",
            "The title of the session's document (the event it reports on), where one was recognised.",
            (s, events) -> events.get(s.document())),
    SESSION_INDEX(
            "Session index",
            "Integer",
            "The session's 1-based position in its document.",
            (s, events) -> Integer.toString(s.index())),
    SESSION_NUMBER(
            "Session number",
            "Text",
            "The event's own session number, where the document gives one.",
            (s, events) -> s.sessionId()),
    FACILITATOR(
            "Facilitator",
            "Text",
            "The facilitator as named in the session's text, else as listed.",
            (s, events) -> s.facilitator() != null ? s.facilitator() : s.facilitatorListed()),
    WORDS("Words", "Integer", "Words in the session's sections.", (s, events) -> Integer.toString(s.words())),
    STRUCTURE(
            "Structure layer",
            "Text",
            "How the document was read into sessions: template, outline or whole.",
            (s, events) -> s.structure().word());

    private final String label;
    private final String type;
    private final String description;
    private final BiFunction<SessionOutline, Map<String, String>, String> value;

    SessionVariable(
            String label,
            String type,
            String description,
            BiFunction<SessionOutline, Map<String, String>, String> value) {
        this.label = label;
        this.type = type;
        this.description = description;
        this.value = value;
    }

    String label() {
        return label;
    }

    /** The REFI-QDA {@code typeOfVariable}. */
    String type() {
        return type;
    }

    /** The element that holds a value of this type: {@code TextValue} or {@code IntegerValue}. */
    String valueElement() {
        return type + "Value";
    }

    String description() {
        return description;
    }

    /** The session's value, or {@code null} where it has none. */
    String value(SessionOutline session, Map<String, String> events) {
        return value.apply(session, events);
    }
}
