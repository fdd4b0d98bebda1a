package org.wsisanalytics.app.store;

import java.math.BigDecimal;
import java.util.List;

import org.wsisanalytics.model.TextLocation;

/** How values the model holds as types are kept in a column, and read back. */
final class ColumnValues {

    private ColumnValues() {}

    /** A location as its column value: its label, or NULL where it is unknown. */
    static String label(TextLocation location) {
        return location == null ? null : location.label();
    }

    /** Action-line codes as one column value, "C2 C7", or NULL for none. */
    static String codes(List<String> codes) {
        return codes.isEmpty() ? null : String.join(" ", codes);
    }

    /** The action-line codes of a column written by {@link #codes(List)}. */
    static List<String> codes(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(" "));
    }

    /** The database pads decimals to the column's scale; give back the number as it was written. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
