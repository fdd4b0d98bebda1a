package org.wsisanalytics.app.store;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

/**
 * A section's anchors as one column value: "offset label" pairs separated by "|" ("0 p. 35|412 p. 36"), the labels
 * being {@link TextLocation#label()}s, led by "h label" for the heading's location where it is known
 * ("h p. 35|0 p. 35|412 p. 36"). NULL or empty for a section whose location is not known. Values written before
 * headings were located have no "h" pair: their headings' locations are unknown.
 */
final class AnchorColumn {

    private static final String HEADING = "h ";

    private AnchorColumn() {}

    /** The section's anchors and its heading's location, or NULL where neither is known. */
    static String write(Section section) {
        List<TextAnchor> anchors = section.anchors();
        TextLocation heading = section.headingLocation();
        if (anchors.isEmpty() && heading == null) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        if (heading != null) {
            value.append(HEADING).append(heading.label());
        }
        for (TextAnchor anchor : anchors) {
            value.append(value.length() == 0 ? "" : "|")
                    .append(anchor.offset())
                    .append(' ')
                    .append(anchor.location().label());
        }
        return value.toString();
    }

    static List<TextAnchor> read(String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        List<TextAnchor> anchors = new ArrayList<>();
        for (String pair : value.split("\\|")) {
            if (pair.startsWith(HEADING)) {
                continue;
            }
            int space = pair.indexOf(' ');
            anchors.add(new TextAnchor(
                    Integer.parseInt(pair.substring(0, space)), TextLocation.parse(pair.substring(space + 1))));
        }
        return anchors;
    }

    /** The heading's location the value holds, or {@code null}. */
    static TextLocation heading(String value) {
        return value == null || !value.startsWith(HEADING)
                ? null
                : TextLocation.parse(value.substring(HEADING.length(), indexOrEnd(value)));
    }

    private static int indexOrEnd(String value) {
        int bar = value.indexOf('|');
        return bar < 0 ? value.length() : bar;
    }

    /** The section a row holds: its heading, type, body and the anchors column's value. */
    static Section section(String heading, SectionType type, String body, String anchors) {
        return new Section(heading, type, body, read(anchors), heading(anchors));
    }
}
