package org.wsisanalytics.app.store;

import static org.wsisanalytics.app.store.Table.column;

import java.util.List;

import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureKind;
import org.wsisanalytics.model.FigureRole;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeMention;

/**
 * The mention tables, each declared once for {@link MentionStore}'s writes and reads. Every one is keyed by run,
 * document position, session index and the mention's ordinal in its session (its text order).
 */
final class MentionTables {

    static final List<String> KEYS = List.of("run_id", "position", "session_index", "ordinal");

    static final Table<ActionLineMention, SessionKey> ACTION_LINES = new Table<>(
            "wa_action_line_mention",
            KEYS,
            List.of(
                    column("action_line", ActionLineMention::actionLine),
                    column("notation", ActionLineMention::notation),
                    column("section", ActionLineMention::section),
                    column("in_links_section", ActionLineMention::inLinksSection),
                    column("sentence", ActionLineMention::sentence),
                    column("start_offset", ActionLineMention::start),
                    column("end_offset", ActionLineMention::end),
                    column("location", m -> ColumnValues.label(m.location()))),
            (rs, session) -> new ActionLineMention(
                    session,
                    rs.getString("action_line"),
                    rs.getString("notation"),
                    rs.getString("section"),
                    rs.getBoolean("in_links_section"),
                    rs.getString("sentence"),
                    rs.getInt("start_offset"),
                    rs.getInt("end_offset"),
                    TextLocation.parse(rs.getString("location"))));

    static final Table<ActionLineNameReference, SessionKey> ACTION_LINE_NAMES = new Table<>(
            "wa_action_line_name_ref",
            KEYS,
            List.of(
                    column("action_line", ActionLineNameReference::actionLine),
                    column("sub_line", ActionLineNameReference::subLine),
                    column("phrase", ActionLineNameReference::phrase),
                    column("section", ActionLineNameReference::section),
                    column("in_links_section", ActionLineNameReference::inLinksSection),
                    column("sentence", ActionLineNameReference::sentence),
                    column("start_offset", ActionLineNameReference::start),
                    column("end_offset", ActionLineNameReference::end),
                    column("location", r -> ColumnValues.label(r.location()))),
            (rs, session) -> new ActionLineNameReference(
                    session,
                    rs.getString("action_line"),
                    rs.getString("sub_line"),
                    rs.getString("phrase"),
                    rs.getString("section"),
                    rs.getBoolean("in_links_section"),
                    rs.getString("sentence"),
                    rs.getInt("start_offset"),
                    rs.getInt("end_offset"),
                    TextLocation.parse(rs.getString("location"))));

    static final Table<ActionLineLabelConflict, SessionKey> LABEL_CONFLICTS = new Table<>(
            "wa_action_line_label_conflict",
            KEYS,
            List.of(
                    column("action_line", ActionLineLabelConflict::actionLine),
                    column("label", ActionLineLabelConflict::label),
                    column("fits", ActionLineLabelConflict::fits)),
            (rs, session) -> new ActionLineLabelConflict(
                    session, rs.getString("action_line"), rs.getString("label"), rs.getString("fits")));

    static final Table<CountryMention, SessionKey> COUNTRIES = new Table<>(
            "wa_country_mention",
            KEYS,
            List.of(
                    column("iso2", CountryMention::iso2),
                    column("surface", CountryMention::surface),
                    column("kind", m -> m.kind().name()),
                    column("section", CountryMention::section),
                    column("sentence", CountryMention::sentence),
                    column("start_offset", CountryMention::start),
                    column("end_offset", CountryMention::end),
                    column("location", m -> ColumnValues.label(m.location())),
                    column("action_lines", m -> ColumnValues.codes(m.actionLines()))),
            (rs, session) -> new CountryMention(
                    session,
                    rs.getString("iso2"),
                    rs.getString("surface"),
                    CountryMentionKind.valueOf(rs.getString("kind")),
                    rs.getString("section"),
                    rs.getString("sentence"),
                    rs.getInt("start_offset"),
                    rs.getInt("end_offset"),
                    TextLocation.parse(rs.getString("location")),
                    ColumnValues.codes(rs.getString("action_lines"))));

    static final Table<ThemeMention, SessionKey> THEMES = new Table<>(
            "wa_theme_mention",
            KEYS,
            List.of(
                    column("theme", ThemeMention::theme),
                    column("surface", ThemeMention::surface),
                    column("section", ThemeMention::section),
                    column("sentence", ThemeMention::sentence),
                    column("start_offset", ThemeMention::start),
                    column("end_offset", ThemeMention::end),
                    column("location", m -> ColumnValues.label(m.location()))),
            (rs, session) -> new ThemeMention(
                    session,
                    rs.getString("theme"),
                    rs.getString("surface"),
                    rs.getString("section"),
                    rs.getString("sentence"),
                    rs.getInt("start_offset"),
                    rs.getInt("end_offset"),
                    TextLocation.parse(rs.getString("location"))));

    static final Table<Figure, SessionKey> FIGURES = new Table<>(
            "wa_figure",
            KEYS,
            List.of(
                    column("kind", f -> f.kind().name()),
                    column("role", f -> f.role().name()),
                    column("figure_value", Figure::value),
                    column("unit", Figure::unit),
                    column("figure_text", Figure::text),
                    column("occurrences", Figure::occurrences),
                    column("section", Figure::section),
                    column("sentence", Figure::sentence),
                    column("start_offset", Figure::start),
                    column("end_offset", Figure::end),
                    column("location", f -> ColumnValues.label(f.location()))),
            (rs, session) -> new Figure(
                    session,
                    FigureKind.valueOf(rs.getString("kind")),
                    FigureRole.valueOf(rs.getString("role")),
                    ColumnValues.plain(rs.getBigDecimal("figure_value")),
                    rs.getString("unit"),
                    rs.getString("figure_text"),
                    rs.getInt("occurrences"),
                    rs.getString("section"),
                    rs.getString("sentence"),
                    rs.getInt("start_offset"),
                    rs.getInt("end_offset"),
                    TextLocation.parse(rs.getString("location"))));

    /** Every mention table. */
    static final List<Table<?, SessionKey>> ALL =
            List.of(ACTION_LINES, ACTION_LINE_NAMES, LABEL_CONFLICTS, COUNTRIES, THEMES, FIGURES);

    private MentionTables() {}
}
