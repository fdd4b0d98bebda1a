package org.wsisanalytics.reports.qda;

import java.util.List;

import org.wsisanalytics.model.SectionOutline;
import org.wsisanalytics.model.SessionEvidence;

/**
 * A session's source text as the project holds it: the title, then each section's heading and body, separated by
 * blank lines, with LF line ends. Maps an offset in the title or in a section's heading or body (in UTF-16 units,
 * as the mentions count: the analyze step also looks for action lines and countries in the title and in headings,
 * each taken as a one-line section) to a position in this text.
 */
final class SessionText {

    private final String text;
    private final String title;
    private final List<String> headings;
    private final List<String> bodies;
    /** Where each section's heading starts in {@link #text}, in UTF-16 units; -1 for a section without one. */
    private final int[] headingStarts;
    /** Where each section's body starts in {@link #text}, in UTF-16 units. */
    private final int[] bodyStarts;

    private SessionText(
            String text,
            String title,
            List<String> headings,
            List<String> bodies,
            int[] headingStarts,
            int[] bodyStarts) {
        this.text = text;
        this.title = title;
        this.headings = headings;
        this.bodies = bodies;
        this.headingStarts = headingStarts;
        this.bodyStarts = bodyStarts;
    }

    static SessionText of(SessionEvidence session) {
        List<SectionOutline> sections = session.session().sections();
        StringBuilder text = new StringBuilder(lf(session.session().title())).append('\n');
        int[] headingStarts = new int[sections.size()];
        int[] bodyStarts = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            text.append('\n');
            String heading = sections.get(i).heading();
            headingStarts[i] = heading.isBlank() ? -1 : text.length();
            if (!heading.isBlank()) {
                text.append(lf(heading)).append("\n\n");
            }
            bodyStarts[i] = text.length();
            text.append(lf(session.sectionTexts().get(i))).append('\n');
        }
        return new SessionText(
                text.toString(),
                session.session().title(),
                sections.stream().map(SectionOutline::heading).toList(),
                session.sectionTexts(),
                headingStarts,
                bodyStarts);
    }

    /** The whole text, as written to the source file. */
    String text() {
        return text;
    }

    /** The session's title as the mentions' offsets count in it; it is the text's first line. */
    String title() {
        return title;
    }

    /** The position in {@link #text} (UTF-16 units) of an offset in the title. */
    int titlePosition(int offset) {
        return lf(title.substring(0, offset)).length();
    }

    int sections() {
        return bodyStarts.length;
    }

    /** A section's heading as written (empty where it has none). */
    String heading(int section) {
        return headings.get(section);
    }

    /** A section's body as the mentions' offsets count in it (before line ends are made LF). */
    String body(int section) {
        return bodies.get(section);
    }

    /** The position in {@link #text} (UTF-16 units) of an offset in a section's heading or body. */
    int charPosition(int section, boolean inHeading, int offset) {
        String counted = inHeading ? headings.get(section) : bodies.get(section);
        int removed = 0;
        for (int i = counted.indexOf('\r'); i >= 0 && i < offset; i = counted.indexOf('\r', i + 1)) {
            if (i + 1 < counted.length() && counted.charAt(i + 1) == '\n') {
                removed++;
            }
        }
        return (inHeading ? headingStarts[section] : bodyStarts[section]) + offset - removed;
    }

    /** Line ends as LF: a CR LF pair loses its CR, a lone CR becomes LF. */
    static String lf(String value) {
        return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
