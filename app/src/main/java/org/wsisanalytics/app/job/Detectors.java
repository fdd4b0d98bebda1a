package org.wsisanalytics.app.job;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.actionlines.ActionLineLabelCheck;
import org.wsisanalytics.analytics.actionlines.ActionLineNameDetector;
import org.wsisanalytics.analytics.countries.CountryDetector;
import org.wsisanalytics.analytics.figures.FigureDetector;
import org.wsisanalytics.analytics.themes.ThemeDetector;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;

/**
 * Every detector of the analyze step, run over one session in one go.
 *
 * <p>Action lines and countries are also looked for in section headings ("The Estonian
 * Experience", "... ESPECIALLY ACTION LINE C6 ..."): a heading that names them is a reference a
 * reader counts. Themes and figures are looked for in the body only, where statements are made.
 *
 * @param actionLines action-line references
 * @param actionLineNames references to action lines by name only
 * @param labelCheck labels that contradict an action line's name
 * @param countries country mentions
 * @param themes theme mentions
 * @param figures quoted figures
 */
record Detectors(ActionLineDetector actionLines, ActionLineNameDetector actionLineNames,
                 ActionLineLabelCheck labelCheck, CountryDetector countries,
                 ThemeDetector themes, FigureDetector figures) {

    SessionAnalysis analyse(SessionToAnalyze item, Session session) {
        Session withHeadings = withHeadings(session);
        List<ActionLineMention> lines = actionLines.detect(withHeadings);
        return new SessionAnalysis(item, lines, actionLineNames.detect(withHeadings), countries.detect(withHeadings),
                themes.detect(session), figures.detect(session), labelCheck.check(withHeadings, lines), null);
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
        return new Session(session.document(), session.index(), session.sessionId(), session.title(),
                session.facilitator(), session.facilitatorListed(), session.link(), session.structure(), sections);
    }
}
