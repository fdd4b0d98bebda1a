package org.wsisanalytics.analytics.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.analytics.text.SectionSentences;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureKind;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;

/**
 * Finds the quantitative statements of a session for the editor's fact-check list: percentages ("nearly 40%",
 * "25 per cent"), counts with their unit ("2.6 billion people", "6.4 lakh villages", "80 000 elderly people"),
 * amounts of money ("USD 5 million", "US$ 1.5bn") and target years ("by 2030", "Agenda 2030", "2026 target").
 * One pass per section over one pattern; each candidate is then judged by the words around it.
 *
 * <p>Not figures: identifiers ("Session 430", "SDG 4", "C5", "Action Line 4", "WSIS+20", "5G", "Web 3.0"), list
 * numbers ("1."), dates and other years ("9 July 2025", "in 2017", "beyond 2025"), "24/7", ordinals ("10th"),
 * durations ("20 years of WSIS", "10-year process") and bare numbers without a unit. A figure's text includes a
 * qualifier before it ("nearly", "more than"), which a fact-checker needs, and its unit.
 */
public final class FigureDetector {

    private static final Set<String> DURATIONS = Set.of("year", "years", "decade", "decades", "month", "months",
            "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes");
    private static final Set<String> CURRENCY_ONLY_SCALES = Set.of("m", "k", "K");
    private static final Pattern OUT_OF = Pattern.compile("\\G\\s+out\\s+of\\s+(?:the\\s+)?\\d+(?![\\d\\p{L}])");

    /** The session's figures in section and text order. */
    public List<Figure> detect(Session session) {
        Objects.requireNonNull(session, "session");
        List<Figure> figures = new ArrayList<>();
        for (Section section : session.sections()) {
            detect(session, section, figures);
        }
        return List.copyOf(figures);
    }

    private void detect(Session session, Section section, List<Figure> out) {
        String text = section.text();
        Matcher m = NumberPattern.PATTERN.matcher(text);
        SectionSentences sentences = new SectionSentences(text);
        int consumed = 0;
        while (m.find()) {
            if (m.start() < consumed) {
                continue;
            }
            Candidate candidate = judge(text, m);
            if (candidate == null) {
                continue;
            }
            out.add(new Figure(session.key(), candidate.kind(), candidate.value(), candidate.unit(),
                    text.substring(candidate.start(), candidate.end()), section.heading(), sentences.plainTextAt(m.start("num")),
                    candidate.start(), candidate.end()));
            consumed = candidate.end();
        }
    }

    private static Candidate judge(String text, Matcher m) {
        int numStart = m.start("num");
        int numEnd = m.end("dec") >= 0 ? m.end("dec") : m.end("num");
        String scale = NumberPattern.scale(m);
        String currency = NumberPattern.currency(m);
        if (scale != null && currency == null && CURRENCY_ONLY_SCALES.contains(scale)) {
            return null; // "4K", "5m": a code or a measure, not a scaled count
        }
        if (FigureContext.isAttached(text, m.start(), m.end(), scale != null)
                || m.group("cur") == null && FigureContext.followsLabelOrMonth(text, numStart)) {
            return null;
        }
        if (NumberPattern.isYear(m)) {
            return targetYear(text, m, numStart, numEnd);
        }
        int start = FigureContext.qualifierStart(text, m.start());
        BigDecimal value = NumberPattern.value(m);
        if (currency != null) {
            return new Candidate(FigureKind.MONEY, value, currency, start, m.end());
        }
        if (m.group("pct") != null) {
            return new Candidate(FigureKind.PERCENTAGE, value, "%", start, m.end());
        }
        return quantity(text, m, start, value, scale != null);
    }

    private static Candidate targetYear(String text, Matcher m, int numStart, int numEnd) {
        int before = FigureContext.targetPhraseStart(text, numStart);
        int after = FigureContext.targetWordEnd(text, numEnd);
        if (before < 0 && after < 0) {
            return null; // a reference date ("in 2017", "since 2020", "beyond 2025"), not a target
        }
        return new Candidate(FigureKind.YEAR, NumberPattern.value(m), "year", before >= 0 ? before : numStart,
                after >= 0 ? after : numEnd);
    }

    private static Candidate quantity(String text, Matcher m, int start, BigDecimal value, boolean scaled) {
        int unitFrom = m.end();
        if (scaled && unitFrom < text.length() && "-\u2010\u2011".indexOf(text.charAt(unitFrom)) >= 0) {
            unitFrom++; // "81.8 billion-kilowatt electricity"
        }
        Matcher outOf = OUT_OF.matcher(text).region(unitFrom, text.length());
        if (!scaled && m.group("plus") == null && outOf.find()) {
            unitFrom = outOf.end(); // "10 out of the 11 WSIS action lines": the unit follows the second number
        }
        if (UnitPhrase.startsWithMonth(text, unitFrom)) {
            return null; // "9 July 2025"
        }
        UnitPhrase.Unit unit = UnitPhrase.after(text, unitFrom, scaled);
        if (unit.text().isEmpty() && !scaled) {
            return null; // a bare number: list numbering, a reference, a count whose unit we cannot name
        }
        String[] words = unit.text().split(" ");
        if (DURATIONS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            return null; // "20 years of WSIS": a period, not a quantity to check
        }
        return new Candidate(FigureKind.QUANTITY, value, unit.text(), start, unit.text().isEmpty() ? m.end() : unit.end());
    }

    private record Candidate(FigureKind kind, BigDecimal value, String unit, int start, int end) {
    }
}
