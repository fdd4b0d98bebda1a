package org.wsisanalytics.analytics.countries;

/**
 * One form of the gazetteer: a name or demonym of a country, or a blocked phrase that is no country.
 *
 * @param form the form as written in the data file ("Côte d’Ivoire", "Kenyans")
 * @param iso2 the country it refers to, or {@code null} for a blocked phrase
 * @param kind what the form is
 */
record Alias(String form, String iso2, Kind kind) {

    /** What a form is; the label is the data file's kind column. */
    enum Kind {
        NAME("name"),
        DEMONYM("demonym"),
        BLOCK("block");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind fromLabel(String label) {
            for (Kind kind : values()) {
                if (kind.label.equals(label)) {
                    return kind;
                }
            }
            return null;
        }
    }

    boolean blocked() {
        return kind == Kind.BLOCK;
    }
}
