package org.wsisanalytics.reports;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.TreeSet;

import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.SectionType;

/** How enum values, groups and numbers are written in every output, so the CSV, workbook and PDF agree. */
public final class Labels {

    private Labels() {}

    /** "DEMONYM" as "demonym": the CSV contract's spelling of kinds. */
    public static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** "ACTION_LINE_LINKS" as "Action line links": for readers. */
    public static String readable(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A section type as analysts call it. */
    public static String section(SectionType type) {
        return type == SectionType.ACTION_LINE_LINKS ? "Links to action lines" : readable(type);
    }

    /** The country's UN groups in a stable order, separated by ";" ("LDC;SIDS"); empty if none. */
    public static String groups(Country country) {
        return String.join(";", new TreeSet<>(country.groups()));
    }

    /** "1 document", "13 documents": a count with its noun in the right number ({@code plural} for 0 too). */
    public static String count(int count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d", count) + " " + (count == 1 ? singular : plural);
    }

    /** A decimal without exponent or trailing zeros: 2.6E+9 as "2600000000", 5000000.00 as "5000000". */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
