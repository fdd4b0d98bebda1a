package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.wsisanalytics.model.FacilitatorEntry;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Severity;

/**
 * Consistency findings about a document's structure, for its editor: a facilitator named one way in
 * the table and another in the summary, sessions and table rows that do not match up, titles worded
 * differently, sessions without the sections the summary template asks for.
 */
final class StructureChecks {

    /**
     * The summary template's sections other than action-line links, which has a check of its own
     * because downstream relies on it. A conclusion is optional in the template.
     */
    private static final Set<SectionType> STANDARD = EnumSet.of(SectionType.INTRODUCTION, SectionType.ACHIEVEMENTS,
            SectionType.PRIORITIES, SectionType.TRENDS, SectionType.OPPORTUNITIES, SectionType.CHALLENGES,
            SectionType.CASE_EXAMPLES, SectionType.VISION);

    private final String document;
    private final PersonNames names;
    private final List<Finding> findings = new ArrayList<>();

    private StructureChecks(String document, PersonNames names) {
        this.document = document;
        this.names = names;
    }

    static List<Finding> check(String document, PersonNames names, List<SessionCandidate> sessions,
                               List<FacilitatorEntry> table) {
        StructureChecks checks = new StructureChecks(document, names);
        for (SessionCandidate session : sessions) {
            checks.facilitator(session);
            if (!table.isEmpty()) {
                checks.tableRow(session);
            }
            checks.sections(session);
        }
        checks.unmatchedRows(sessions, table);
        return List.copyOf(checks.findings);
    }

    private void facilitator(SessionCandidate session) {
        if (session.facilitator() == null) {
            add(session, Severity.INFO, "facilitator-not-named", "does not name its facilitator"
                    + " (no \"Executive Summary by ...\" line under the title).", session.part().titleLine());
        } else if (session.row() != null && !names.sameName(session.facilitator(), session.row().name())) {
            add(session, Severity.WARNING, "facilitator-name-mismatch", "names its facilitator \""
                    + session.facilitator() + "\" in the summary but \"" + session.row().name()
                    + "\" in the facilitators table.",
                    "summary: " + session.part().byline() + " | table: " + session.row().name());
        }
    }

    private void tableRow(SessionCandidate session) {
        FacilitatorEntry row = session.row();
        if (row == null) {
            add(session, Severity.WARNING, "session-not-in-table", "has no row in the facilitators table,"
                    + " so its session number and link are unknown.", session.title());
        } else if (!TitleSimilarity.sameWording(session.title(), row.sessionTitle())) {
            add(session, Severity.INFO, "session-title-differs", "is titled differently in the facilitators"
                    + " table: \"" + row.sessionTitle() + "\".",
                    "summary: " + session.title() + " | table: " + row.sessionTitle());
        }
    }

    private void sections(SessionCandidate session) {
        Set<SectionType> covered = session.coveredTypes();
        if (!covered.contains(SectionType.ACTION_LINE_LINKS)) {
            add(session, Severity.INFO, "missing-action-line-links",
                    "has no section linking it to WSIS Action Lines.", session.headings());
        }
        List<String> missing = STANDARD.stream().filter(type -> !covered.contains(type))
                .map(StructureChecks::label).toList();
        if (!missing.isEmpty()) {
            add(session, Severity.INFO, "missing-standard-sections", "has no section on " + list(missing) + ".",
                    session.headings());
        }
    }

    private void unmatchedRows(List<SessionCandidate> sessions, List<FacilitatorEntry> table) {
        for (FacilitatorEntry row : table) {
            if (sessions.stream().noneMatch(session -> session.row() == row)) {
                String number = row.sessionId() == null ? "" : " (session " + row.sessionId() + ")";
                findings.add(new Finding(document, null, Severity.WARNING, "table-row-without-session",
                        "The facilitators table lists \"" + row.sessionTitle() + "\"" + number
                                + " but no summary with that title was found.",
                        row.sessionTitle() + (row.sessionLink() == null ? "" : " " + row.sessionLink())));
            }
        }
    }

    private void add(SessionCandidate session, Severity severity, String check, String predicate, String evidence) {
        findings.add(new Finding(document, session.index(), severity, check,
                "Session " + session.index() + " \"" + session.title() + "\" " + predicate, evidence));
    }

    private static String label(SectionType type) {
        return type == SectionType.CASE_EXAMPLES ? "case examples" : type.name().toLowerCase(Locale.ROOT);
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + items.get(items.size() - 1);
    }
}
