package org.wsisanalytics.analytics.figures;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureKind;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.Severity;
import org.wsisanalytics.model.TextLocation;

/**
 * Flags figures of one session that quote the same number with different scale words: "6.4 lakh villages"
 * (640,000) and "6.4 million communities" (6,400,000) cannot both be right, and a reader cannot tell which is.
 * One WARNING per number so written and kind of figure, naming every value it was given. Percentages and
 * numbers written out in full ("5 schools", "80 000 people") are left alone: different things are often counted
 * with the same number.
 */
public final class FigureChecks {

    /** The stable identifier of this check in findings. */
    public static final String CHECK = "figure-values-conflict";

    /** The number as written in a figure's text: its digits, separators and decimals ("6.4", "80 000"). */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\d[\\d,. \u00A0\u202F]*\\d|\\d");

    /** Findings for the session's figures (one session's, as {@link FigureDetector} gives them). */
    public List<Finding> check(Session session, List<Figure> figures) {
        Objects.requireNonNull(session, "session");
        Map<String, List<Figure>> byNumber = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.kind() == FigureKind.PERCENTAGE || !figure.session().equals(session.key())) {
                continue;
            }
            Matcher number = WRITTEN_NUMBER.matcher(figure.text());
            if (number.find() && isScaled(number.group(), figure.value())) {
                byNumber.computeIfAbsent(figure.kind() + " " + number.group().strip(), k -> new ArrayList<>())
                        .add(figure);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byNumber.forEach((kindAndNumber, quoted) -> {
            if (quoted.stream()
                            .map(f -> f.value().stripTrailingZeros())
                            .distinct()
                            .count()
                    > 1) {
                findings.add(finding(session, kindAndNumber.substring(kindAndNumber.indexOf(' ') + 1), quoted));
            }
        });
        return List.copyOf(findings);
    }

    private static Finding finding(Session session, String number, List<Figure> quoted) {
        List<String> values = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        TextLocation location = null;
        for (Figure figure : quoted) {
            location = figure.location() == null ? location : figure.location().through(location);
            values.add("\"" + figure.text() + "\" (" + plain(figure.value()) + ")");
            if (!sentences.contains(figure.sentence())) {
                sentences.add(figure.sentence());
            }
        }
        String message = "Session " + session.index() + " \"" + session.title() + "\" quotes " + number + " with "
                + quoted.size() + " different values: " + String.join(" and ", values)
                + "; check which is right before quoting either.";
        return new Finding(
                session.document(),
                session.index(),
                Severity.WARNING,
                CHECK,
                message,
                String.join(" | ", sentences),
                location);
    }

    /** Whether a scale word made the value ("6.4 lakh" is 640000): only then can a scale be wrong. */
    private static boolean isScaled(String written, BigDecimal value) {
        String digits = written.replaceAll("[, \u00A0\u202F]", "");
        try {
            return new BigDecimal(digits).compareTo(value) != 0;
        } catch (NumberFormatException e) {
            return false; // "1.234.567" with dots as separators: no scale word
        }
    }

    private static String plain(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
