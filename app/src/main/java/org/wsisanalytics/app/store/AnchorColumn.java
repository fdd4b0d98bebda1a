package org.wsisanalytics.app.store;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

/**
 * A section's anchors as one column value: "offset label" pairs separated by "|" ("0 p. 35|412 p. 36"), the labels
 * being {@link TextLocation#label()}s. NULL or empty for a section whose location is not known.
 */
final class AnchorColumn {

    private AnchorColumn() {}

    static String write(List<TextAnchor> anchors) {
        if (anchors.isEmpty()) {
            return null;
        }
        StringBuilder value = new StringBuilder();
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
            int space = pair.indexOf(' ');
            anchors.add(new TextAnchor(
                    Integer.parseInt(pair.substring(0, space)), TextLocation.parse(pair.substring(space + 1))));
        }
        return anchors;
    }
}
