package org.wsisanalytics.reports.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeMention;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.Labels;

/**
 * Every mention of every kind (action line, country, theme, figure) as one list in reading order:
 * by session, then by section as the session orders them, then by position in the section.
 */
final class EvidenceRows {

    static final String ACTION_LINE = "Action line";
    static final String COUNTRY = "Country";
    static final String THEME = "Theme";
    static final String FIGURE = "Figure";

    /**
     * @param item what was found ("C3", "TR Türkiye", "AI", "money")
     * @param detail how ("in links section", "demonym", "2600000000 people")
     * @param matched the text as written
     */
    record Row(SessionKey session, String sessionId, String section, String kind, String item, String detail,
               String matched, String sentence, int sessionOrder, int sectionOrder, int start) {
    }

    private EvidenceRows() {
    }

    static List<Row> of(AnalysisResult result) {
        Map<SessionKey, Session> sessions = new HashMap<>();
        Map<SessionKey, Integer> order = new HashMap<>();
        for (Session session : result.sessions()) {
            sessions.put(session.key(), session);
            order.put(session.key(), order.size());
        }
        CountryLookup countries = new CountryLookup(result.countries());
        List<Row> rows = new ArrayList<>();
        Factory factory = new Factory(sessions, order);
        for (ActionLineMention m : result.actionLineMentions()) {
            rows.add(factory.row(m.session(), m.section(), ACTION_LINE, m.actionLine(),
                    m.inLinksSection() ? "in links section" : "", m.notation(), m.sentence(), m.start()));
        }
        for (CountryMention m : result.countries().mentions()) {
            rows.add(factory.row(m.session(), m.section(), COUNTRY, m.iso2() + " " + countries.name(m.iso2()),
                    Labels.lowerCase(m.kind()), m.surface(), m.sentence(), m.start()));
        }
        for (ThemeMention m : result.themes().mentions()) {
            rows.add(factory.row(m.session(), m.section(), THEME, m.theme(), "", m.surface(), m.sentence(), m.start()));
        }
        for (Figure f : result.figures()) {
            rows.add(factory.row(f.session(), f.section(), FIGURE, Labels.lowerCase(f.kind()),
                    (Labels.plain(f.value()) + " " + f.unit()).strip(), f.text(), f.sentence(), f.start()));
        }
        rows.sort(Comparator.comparingInt(Row::sessionOrder).thenComparingInt(Row::sectionOrder)
                .thenComparingInt(Row::start));
        return rows;
    }

    private record Factory(Map<SessionKey, Session> sessions, Map<SessionKey, Integer> order) {

        Row row(SessionKey key, String section, String kind, String item, String detail, String matched,
                String sentence, int start) {
            Session session = sessions.get(key);
            int sectionOrder = Integer.MAX_VALUE;
            if (session != null) {
                for (int i = 0; i < session.sections().size(); i++) {
                    if (session.sections().get(i).heading().equals(section)) {
                        sectionOrder = i;
                        break;
                    }
                }
            }
            return new Row(key, session == null ? null : session.sessionId(), section, kind, item, detail, matched,
                    sentence, order.getOrDefault(key, Integer.MAX_VALUE), sectionOrder, start);
        }
    }
}
