package org.wsisanalytics.analytics.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.analytics.text.SectionSentences;
import org.wsisanalytics.analytics.text.Sentence;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureKind;
import org.wsisanalytics.model.FigureRole;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;

/**
 * Finds the quantitative statements of a session for the editor's fact-check list: percentages ("nearly 40%",
 * "25 per cent"), counts with their unit ("2.6 billion people", "6.4 lakh villages", "80 000 elderly people") and
 * amounts of money ("USD 5 million", "US$ 1.5bn"), each stated or a target ({@link TargetCues}: "aims for 100%
 * coverage by 2027"). One pass per section over one pattern; each candidate is then judged by the words around
 * it. A fact quoted again in the session (same kind, role, value and unit) is one figure with its occurrences
 * counted, its first occurrence as evidence.
 *
 * <p>Not figures: years, targets included ("by 2030": the year makes the figures of its sentence targets),
 * identifiers ("Session 430", "SDG 4", "C5", "Action Line 4", "WSIS+20", "5G", "Web 3.0"), list and paragraph
 * numbers ("1.", "3    Participants from ..."), dates ("9 July 2025"), "24/7", ordinals ("10th"), durations
 * ("20 years of WSIS", "10-year process") and bare numbers without a unit. A figure's text includes a qualifier
 * before it ("nearly", "more than"), which a fact-checker needs, and its unit.
 */
public final class FigureDetector {

    private static final Set<String> DURATIONS = Set.of(
            "year", "years", "decade", "decades", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
            "minute", "minutes");
    private static final Set<String> CURRENCY_ONLY_SCALES = Set.of("m", "k", "K");
    private static final Pattern OUT_OF = Pattern.compile("\\G\\s+out\\s+of\\s+(?:the\\s+)?\\d+(?![\\d\\p{L}])");
    /** A number that opens its line and is followed by a capital: a paragraph's number ("3    Participants"). */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\G[ \\t]+\\p{Lu}");

    private final TargetCues targets = TargetCues.loadDefault();

    /** The session's figures in section and text order, one per fact. */
    public List<Figure> detect(Session session) {
        Objects.requireNonNull(session, "session");
        Map<List<Object>, Integer> facts = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (Section section : session.sections()) {
            for (Figure figure : detect(session, section)) {
                List<Object> fact = List.of(
                        figure.kind(),
                        figure.role(),
                        figure.value().stripTrailingZeros(),
                        figure.unit().toLowerCase(Locale.ROOT));
                Integer first = facts.putIfAbsent(fact, figures.size());
                if (first == null) {
                    figures.add(figure);
                } else {
                    figures.set(first, figures.get(first).repeated());
                }
            }
        }
        return List.copyOf(figures);
    }

    private List<Figure> detect(Session session, Section section) {
        List<Figure> out = new ArrayList<>();
        String text = section.text();
        Matcher m = NumberPattern.PATTERN.matcher(text);
        SectionSentences sentences = new SectionSentences(section);
        int consumed = 0;
        while (m.find()) {
            if (m.start() < consumed) {
                continue;
            }
            Candidate candidate = judge(text, m);
            if (candidate == null) {
                continue;
            }
            Sentence sentence = sentences.at(m.start("num"));
            FigureRole role = targets.role(
                    sentence.text(), candidate.start() - sentence.start(), candidate.end() - sentence.start());
            out.add(new Figure(
                    session.key(),
                    candidate.kind(),
                    role,
                    candidate.value(),
                    candidate.unit(),
                    text.substring(candidate.start(), candidate.end()),
                    1,
                    section.heading(),
                    sentence.plainText(),
                    candidate.start(),
                    candidate.end(),
                    sentences.locationAt(m.start("num"))));
            consumed = candidate.end();
        }
        return out;
    }

    private static Candidate judge(String text, Matcher m) {
        int numStart = m.start("num");
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
            return null;
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
        if (!scaled
                && m.group("plus") == null
                && opensLine(text, m.start())
                && PARAGRAPH_NUMBER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null; // "3    Participants from Egypt ...": the paragraph's number
        }
        if (unit.text().isEmpty() && !scaled) {
            return null; // a bare number: list numbering, a reference, a count whose unit we cannot name
        }
        String[] words = unit.text().split(" ");
        if (DURATIONS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return null; // "20 years of WSIS": a period, not a quantity to check
        }
        return new Candidate(
                FigureKind.QUANTITY, value, unit.text(), start, unit.text().isEmpty() ? m.end() : unit.end());
    }

    private static boolean opensLine(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private record Candidate(FigureKind kind, BigDecimal value, String unit, int start, int end) {}
}
