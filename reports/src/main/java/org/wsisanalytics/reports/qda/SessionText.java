package org.wsisanalytics.reports.qda;

import java.util.List;

import org.wsisanalytics.model.SectionOutline;
import org.wsisanalytics.model.SessionEvidence;

/**
 * A session's source text as the project holds it: the title, then each section's heading and body, separated by
 * blank lines, with LF line ends. Maps an offset in a section's body (in UTF-16 units, as the mentions count) to a
 * position in this text in code points, as REFI-QDA counts.
 */
final class SessionText {

    private final String text;
    private final List<String> bodies;
    /** Where each section's body starts in {@link #text}, in UTF-16 units. */
    private final int[] bodyStarts;

    private SessionText(String text, List<String> bodies, int[] bodyStarts) {
        this.text = text;
        this.bodies = bodies;
        this.bodyStarts = bodyStarts;
    }

    static SessionText of(SessionEvidence session) {
        List<SectionOutline> sections = session.session().sections();
        StringBuilder text = new StringBuilder(lf(session.session().title())).append('\n');
        int[] starts = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            text.append('\n');
            String heading = lf(sections.get(i).heading());
            if (!heading.isBlank()) {
                text.append(heading).append("\n\n");
            }
            starts[i] = text.length();
            text.append(lf(session.sectionTexts().get(i))).append('\n');
        }
        return new SessionText(text.toString(), session.sectionTexts(), starts);
    }

    /** The whole text, as written to the source file. */
    String text() {
        return text;
    }

    int sections() {
        return bodyStarts.length;
    }

    /** A section's body as the mentions' offsets count in it (before line ends are made LF). */
    String body(int section) {
        return bodies.get(section);
    }

    /** The position in {@link #text} (UTF-16 units) of an offset in a section's body. */
    int charPosition(int section, int offset) {
        String body = bodies.get(section);
        int removed = 0;
        for (int i = body.indexOf('\r'); i >= 0 && i < offset; i = body.indexOf('\r', i + 1)) {
            if (i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                removed++;
            }
        }
        return bodyStarts[section] + offset - removed;
    }

    /** Line ends as LF: a CR LF pair loses its CR, a lone CR becomes LF. */
    static String lf(String value) {
        return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
