package org.wsisanalytics.analytics.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

import org.wsisanalytics.analytics.text.SectionSentences;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.ThemeMention;

/**
 * Finds every term of the taxonomy in a session, with its theme, sentence and offsets. One pass per section over
 * one combined pattern; overlapping terms count once (the longest wins), and an abbreviation in brackets right
 * after a term of the same theme ("Artificial Intelligence (AI)") is not counted again.
 */
public final class ThemeDetector {

    private final TermPattern terms;

    public ThemeDetector(ThemeTaxonomy taxonomy) {
        this.terms =
                new TermPattern(Objects.requireNonNull(taxonomy, "taxonomy").terms());
    }

    /** The session's theme mentions in section and text order. */
    public List<ThemeMention> detect(Session session) {
        Objects.requireNonNull(session, "session");
        List<ThemeMention> mentions = new ArrayList<>();
        for (Section section : session.sections()) {
            detect(session, section, mentions);
        }
        return List.copyOf(mentions);
    }

    private void detect(Session session, Section section, List<ThemeMention> out) {
        String text = section.text();
        Matcher matcher = terms.matcher(text);
        SectionSentences sentences = new SectionSentences(section);
        ThemeTerm previous = null;
        int previousEnd = -1;
        int from = 0;
        while (terms.find(matcher, text, from)) {
            from = matcher.end();
            ThemeTerm term = terms.term(matcher);
            if (previous != null
                    && previous.theme().equals(term.theme())
                    && isBracketedAbbreviation(text, previousEnd, matcher.start(), matcher.end())) {
                continue;
            }
            out.add(new ThemeMention(
                    session.key(),
                    term.theme(),
                    matcher.group(),
                    section.heading(),
                    sentences.plainTextAt(matcher.start()),
                    matcher.start(),
                    matcher.end(),
                    sentences.locationAt(matcher.start())));
            previous = term;
            previousEnd = matcher.end();
        }
    }

    /** "... Intelligence (AI)": only white space and an opening bracket between, a closing bracket after. */
    private static boolean isBracketedAbbreviation(String text, int previousEnd, int start, int end) {
        String between = text.substring(previousEnd, start).strip();
        if (!between.equals("(") || end >= text.length() || text.charAt(end) != ')') {
            return false;
        }
        return text.substring(start, end).chars().allMatch(c -> Character.isUpperCase(c) || c == 's');
    }
}
