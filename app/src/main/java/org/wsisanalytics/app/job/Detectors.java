package org.wsisanalytics.app.job;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.actionlines.ActionLineLabelCheck;
import org.wsisanalytics.analytics.actionlines.ActionLineNameDetector;
import org.wsisanalytics.analytics.countries.CountryDetector;
import org.wsisanalytics.analytics.countries.CountryLineLinks;
import org.wsisanalytics.analytics.figures.FigureChecks;
import org.wsisanalytics.analytics.figures.FigureDetector;
import org.wsisanalytics.analytics.themes.ThemeDetector;
import org.wsisanalytics.app.store.SessionToAnalyze;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;

/**
 * Every detector of the analyze step, run over one session in one go.
 *
 * <p>Action lines and countries are also looked for in section headings ("The Estonian
 * Experience", "... ESPECIALLY ACTION LINE C6 ..."): a heading that names them is a reference a
 * reader counts; so is the session's title for numbered action lines and countries ("C3. Access to
 * information and knowledge", "WSIS Action Line C7 E-health", "Kenya: connecting rural schools").
 * Titles are not searched for action lines named in words: most titles borrow an action line's words
 * ("Information and communication infrastructure: ...") without referring to it. Themes and figures are
 * looked for in the body only, where statements are made.
 *
 * @param actionLines action-line references
 * @param actionLineNames references to action lines by name only
 * @param labelCheck labels that contradict an action line's name (findings, and the marks on coverage cells)
 * @param countries country mentions
 * @param themes theme mentions
 * @param figures quoted figures
 * @param figureChecks figures whose number is quoted with two scales
 */
record Detectors(
        ActionLineDetector actionLines,
        ActionLineNameDetector actionLineNames,
        ActionLineLabelCheck labelCheck,
        CountryDetector countries,
        ThemeDetector themes,
        FigureDetector figures,
        FigureChecks figureChecks) {

    SessionAnalysis analyse(SessionToAnalyze item, Session session) {
        Session withHeadings = withHeadings(session);
        Session withTitle = withTitle(withHeadings);
        List<ActionLineMention> lines = new ArrayList<>();
        List<CountryMention> named = new ArrayList<>();
        for (Section section : withTitle.sections()) {
            List<ActionLineMention> sectionLines = actionLines.detect(withTitle, section);
            named.addAll(CountryLineLinks.link(section, countries.detect(withTitle, section), sectionLines));
            lines.addAll(sectionLines);
        }
        List<Figure> quoted = figures.detect(session);
        List<Finding> findings = new ArrayList<>(labelCheck.check(withTitle, lines));
        findings.addAll(figureChecks.check(session, quoted));
        return new SessionAnalysis(
                item,
                lines,
                actionLineNames.detect(withHeadings),
                labelCheck.conflicts(withTitle, lines),
                named,
                themes.detect(session),
                quoted,
                List.copyOf(findings),
                null);
    }

    /**
     * The session with each heading also given as a one-line section of its own, placed before the
     * section it heads; mentions found there have the heading as their section and sentence.
     */
    static Session withHeadings(Session session) {
        List<Section> sections = new ArrayList<>();
        for (Section section : session.sections()) {
            if (!section.heading().isBlank()) {
                sections.add(new Section(section.heading(), section.type(), section.heading()));
            }
            sections.add(section);
        }
        return withSections(session, sections);
    }

    /** The session with its title before all its sections, as a one-line section headed by the title itself. */
    static Session withTitle(Session session) {
        List<Section> sections = new ArrayList<>(session.sections().size() + 1);
        sections.add(new Section(session.title(), SectionType.OTHER, session.title()));
        sections.addAll(session.sections());
        return withSections(session, sections);
    }

    private static Session withSections(Session session, List<Section> sections) {
        return new Session(
                session.document(),
                session.index(),
                session.sessionId(),
                session.title(),
                session.facilitator(),
                session.facilitatorListed(),
                session.link(),
                session.structure(),
                sections);
    }
}
