package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
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

    private final String document;
    private final PersonNames names;
    private final List<Finding> findings = new ArrayList<>();

    private StructureChecks(String document, PersonNames names) {
        this.document = document;
        this.names = names;
    }

    static List<Finding> check(
            String document,
            PersonNames names,
            Reading reading,
            List<SessionCandidate> sessions,
            List<FacilitatorEntry> table) {
        StructureChecks checks = new StructureChecks(document, names);
        checks.layer(reading);
        for (SessionCandidate session : sessions) {
            checks.facilitator(session, reading.template() != null);
            if (!table.isEmpty()) {
                checks.tableRow(session);
            }
            if (reading.template() != null) {
                checks.sections(session, reading.template());
            }
        }
        checks.unmatchedRows(sessions, table);
        return List.copyOf(checks.findings);
    }

    /** Which layer read the document and why the layers above it did not apply. */
    private void layer(Reading reading) {
        findings.add(new Finding(
                document,
                null,
                Severity.INFO,
                "structure-" + reading.layer().word(),
                "Read by " + reading.layer().description() + ": " + reading.how() + ".",
                reading.parts().stream().limit(5).map(Part::title).collect(Collectors.joining(" | "))));
    }

    private void facilitator(SessionCandidate session, boolean templateHasByline) {
        if (session.facilitator() == null && templateHasByline) {
            add(
                    session,
                    Severity.INFO,
                    "facilitator-not-named",
                    "does not name its facilitator" + " (no \"Executive Summary by ...\" line under the title).",
                    session.part().titleLine());
        } else if (session.facilitator() != null
                && session.row() != null
                && !names.sameName(session.facilitator(), session.row().name())) {
            add(
                    session,
                    Severity.WARNING,
                    "facilitator-name-mismatch",
                    "names its facilitator \""
                            + session.facilitator() + "\" in the summary but \""
                            + session.row().name()
                            + "\" in the facilitators table.",
                    "summary: " + session.part().byline() + " | table: "
                            + session.row().name());
        }
    }

    private void tableRow(SessionCandidate session) {
        FacilitatorEntry row = session.row();
        if (row == null) {
            add(
                    session,
                    Severity.WARNING,
                    "session-not-in-table",
                    "has no row in the facilitators table," + " so its session number and link are unknown.",
                    session.title());
        } else if (!TitleSimilarity.sameWording(session.title(), row.sessionTitle())) {
            add(
                    session,
                    Severity.INFO,
                    "session-title-differs",
                    "is titled differently in the facilitators" + " table: \"" + row.sessionTitle() + "\".",
                    "summary: " + session.title() + " | table: " + row.sessionTitle());
        }
    }

    private void sections(SessionCandidate session, EventTemplate template) {
        Set<SectionType> covered = session.coveredTypes();
        if (!covered.contains(template.linksSection())) {
            add(
                    session,
                    Severity.INFO,
                    "missing-action-line-links",
                    "has no section linking it to WSIS Action Lines.",
                    session.headings());
        }
        List<String> missing = template.standardSections().stream()
                .filter(type -> !covered.contains(type))
                .map(StructureChecks::label)
                .toList();
        if (!missing.isEmpty()) {
            add(
                    session,
                    Severity.INFO,
                    Finding.MISSING_STANDARD_SECTIONS,
                    "has no section on " + list(missing) + ".",
                    session.headings());
        }
    }

    private void unmatchedRows(List<SessionCandidate> sessions, List<FacilitatorEntry> table) {
        for (FacilitatorEntry row : table) {
            if (sessions.stream().noneMatch(session -> session.row() == row)) {
                String number = row.sessionId() == null ? "" : " (session " + row.sessionId() + ")";
                findings.add(new Finding(
                        document,
                        null,
                        Severity.WARNING,
                        "table-row-without-session",
                        "The facilitators table lists \"" + row.sessionTitle() + "\"" + number
                                + " but no summary with that title was found.",
                        row.sessionTitle() + (row.sessionLink() == null ? "" : " " + row.sessionLink())));
            }
        }
    }

    /** A finding on a session, located at the session's title, where a reader finds the session. */
    private void add(SessionCandidate session, Severity severity, String check, String predicate, String evidence) {
        findings.add(new Finding(
                document,
                session.index(),
                severity,
                check,
                "Session " + session.index() + " \"" + session.title() + "\" " + predicate,
                evidence,
                session.part().titleLocation()));
    }

    private static String label(SectionType type) {
        return type == SectionType.CASE_EXAMPLES ? "case examples" : type.name().toLowerCase(Locale.ROOT);
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                + items.get(items.size() - 1);
    }
}
