package org.wsisanalytics.reports.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureRole;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeMention;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.Labels;

/**
 * One session's mentions of every kind (action line, country, theme, figure) as one list in reading order:
 * by section as the session orders them, then by position in the section.
 */
final class EvidenceRows {

    static final String ACTION_LINE = "Action line";
    /** An action line referred to by its name only; shown as evidence, not counted in the coverage. */
    static final String ACTION_LINE_NAME = "Action line named";

    static final String COUNTRY = "Country";
    static final String THEME = "Theme";
    static final String FIGURE = "Figure";

    /**
     * @param item what was found ("C3", "TR Türkiye", "AI", "money")
     * @param detail how ("in links section", "demonym", "2600000000 people")
     * @param matched the text as written
     * @param location where the sentence is in the input file ("p. 36"), empty where it is not known
     */
    record Row(
            SessionKey session,
            String sessionId,
            String section,
            String kind,
            String item,
            String detail,
            String matched,
            String sentence,
            String location,
            int sectionOrder,
            int start) {}

    private EvidenceRows() {}

    /** One session's mentions as rows, in reading order within the session. */
    static List<Row> of(SessionEvidence evidence, CountryLookup countries) {
        SessionOutline session = evidence.session();
        List<Row> rows = new ArrayList<>();
        Factory factory = new Factory(session);
        for (ActionLineMention m : evidence.actionLines()) {
            rows.add(factory.row(
                    m.section(),
                    ACTION_LINE,
                    m.actionLine(),
                    m.inLinksSection() ? "in links section" : "",
                    m.notation(),
                    m.sentence(),
                    m.location(),
                    m.start()));
        }
        for (ActionLineNameReference r : evidence.actionLineNames()) {
            rows.add(factory.row(
                    r.section(),
                    ACTION_LINE_NAME,
                    r.actionLine() + (r.subLine() == null ? "" : " " + r.subLine()),
                    "by name only, not counted" + (r.inLinksSection() ? "; in links section" : ""),
                    r.phrase(),
                    r.sentence(),
                    r.location(),
                    r.start()));
        }
        for (CountryMention m : evidence.countries()) {
            rows.add(factory.row(
                    m.section(),
                    COUNTRY,
                    m.iso2() + " " + countries.name(m.iso2()),
                    Labels.lowerCase(m.kind())
                            + (m.kind().counted()
                                    ? ""
                                    : ", not counted: " + m.kind().notCountedReason()),
                    m.surface(),
                    m.sentence(),
                    m.location(),
                    m.start()));
        }
        for (ThemeMention m : evidence.themes()) {
            rows.add(
                    factory.row(m.section(), THEME, m.theme(), "", m.surface(), m.sentence(), m.location(), m.start()));
        }
        for (Figure f : evidence.figures()) {
            rows.add(factory.row(
                    f.section(),
                    FIGURE,
                    Labels.lowerCase(f.kind()) + (f.role() == FigureRole.TARGET ? ", target" : ""),
                    (Labels.plain(f.value()) + " " + f.unit()).strip(),
                    f.text(),
                    f.sentence(),
                    f.location(),
                    f.start()));
        }
        rows.sort(Comparator.comparingInt(Row::sectionOrder).thenComparingInt(Row::start));
        return rows;
    }

    private record Factory(SessionOutline session) {

        Row row(
                String section,
                String kind,
                String item,
                String detail,
                String matched,
                String sentence,
                TextLocation location,
                int start) {
            int sectionOrder = Integer.MAX_VALUE;
            for (int i = 0; i < session.sections().size(); i++) {
                if (session.sections().get(i).heading().equals(section)) {
                    sectionOrder = i;
                    break;
                }
            }
            return new Row(
                    session.key(),
                    session.sessionId(),
                    section,
                    kind,
                    item,
                    detail,
                    matched,
                    sentence,
                    TextLocation.labelOf(location),
                    sectionOrder,
                    start);
        }
    }
}
