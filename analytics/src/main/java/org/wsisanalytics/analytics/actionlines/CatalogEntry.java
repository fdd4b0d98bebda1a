package org.wsisanalytics.analytics.actionlines;

import java.util.Arrays;
import java.util.Locale;

/** One row of the action-line catalog: a name, an alias, a sub-line or a short variant of one action line. */
record CatalogEntry(String code, Kind kind, String text) {

    enum Kind {
        NAME("name"),
        ALIAS("alias"),
        SUB_LINE("sub-line"),
        VARIANT("variant");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Kind fromLabel(String label) {
            return Arrays.stream(values())
                    .filter(kind -> kind.label.equals(label.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(null);
        }
    }
}
