package org.wsisanalytics.model.oracle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.MentionTotals;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeTotal;

/**
 * Test oracle: a whole {@link AnalysisResult} held in memory as {@link RunData}, with the run-wide totals added up
 * in Java. The application's one aggregation is the analysis store's (its SQL); the tests compare it with this one,
 * and the report tests feed their fixtures through it.
 */
public final class InMemoryRunData {

    private InMemoryRunData() {}

    /** The result as a run whose sessions, evidence and findings are walked from memory. */
    public static RunData of(AnalysisResult result) {
        RunSummary summary = summary(result);
        EvidenceBySession evidence = new EvidenceBySession(
                result.actionLineMentions(),
                result.actionLineNames(),
                result.countries().mentions(),
                result.themes().mentions(),
                result.figures(),
                result.sessions().stream().collect(Collectors.toMap(Session::key, Session::sections)));
        Map<SessionKey, List<ActionLineCoverage>> coverage =
                EvidenceBySession.group(result.coverage(), ActionLineCoverage::session);
        Map<SessionKey, List<ThemeCount>> themeCounts =
                EvidenceBySession.group(result.themes().counts(), ThemeCount::session);
        Map<SessionKey, List<ActionLineNameReference>> names =
                EvidenceBySession.group(result.actionLineNames(), ActionLineNameReference::session);
        Map<SessionKey, List<ActionLineLabelConflict>> conflicts =
                EvidenceBySession.group(result.labelConflicts(), ActionLineLabelConflict::session);
        List<SessionOverview> overviews = result.sessions().stream()
                .map(session -> new SessionOverview(
                        SessionOutline.of(session),
                        coverage.getOrDefault(session.key(), List.of()),
                        themeCounts.getOrDefault(session.key(), List.of()),
                        ActionLine.codesInOrder(names.getOrDefault(session.key(), List.of()).stream()
                                .map(ActionLineNameReference::actionLine)
                                .toList()),
                        conflicts.getOrDefault(session.key(), List.of())))
                .toList();
        return new RunData() {
            @Override
            public RunSummary summary() {
                return summary;
            }

            @Override
            public void forEachOverview(OverviewVisitor visitor) throws IOException {
                for (SessionOverview session : overviews) {
                    visitor.visit(session);
                }
            }

            @Override
            public void forEachSession(SessionVisitor visitor) throws IOException {
                for (SessionOverview session : overviews) {
                    visitor.visit(evidence.evidence(session));
                }
            }

            @Override
            public void forEachFinding(FindingVisitor visitor) throws IOException {
                for (Finding finding : result.findings()) {
                    visitor.visit(finding);
                }
            }
        };
    }

    /** The summary of the result; events are not added up here (the store's {@code EventTotals} does). */
    public static RunSummary summary(AnalysisResult result) {
        return new RunSummary(
                result.run(),
                result.actionLines(),
                result.documents(),
                result.sessions().size(),
                lineTotals(result.actionLines(), result.coverage()),
                result.countries().frequencies(),
                result.countries().rollUps(),
                result.countries().withActionLines(),
                themeTotals(result.themes().themes(), result.themes().counts()),
                result.themes().terms(),
                new MentionTotals(
                        result.actionLineMentions().size(),
                        result.actionLineNames().size(),
                        result.countries().mentions().size(),
                        result.themes().mentions().size(),
                        result.figures().size()),
                result.findings().size(),
                result.rejects(),
                result.countries().notCounted(),
                List.of(),
                List.of());
    }

    /**
     * The totals of each line, in the order of {@code actionLines} and with zeros for lines no cell names.
     * Fails on a cell whose line is not one of {@code actionLines}.
     */
    public static List<ActionLineTotal> lineTotals(List<ActionLine> actionLines, List<ActionLineCoverage> coverage) {
        Map<String, Set<SessionKey>> sessions = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        actionLines.forEach(line -> sessions.put(line.code(), new HashSet<>()));
        for (ActionLineCoverage cell : coverage) {
            Set<SessionKey> referencing = sessions.get(cell.actionLine());
            if (referencing == null) {
                throw new IllegalArgumentException(
                        "Coverage row " + cell + " names an action line that is not" + " one of "
                                + actionLines.stream().map(ActionLine::code).toList() + ".");
            }
            referencing.add(cell.session());
            mentions.merge(cell.actionLine(), cell.mentions(), Integer::sum);
        }
        List<ActionLineTotal> totals = new ArrayList<>();
        for (ActionLine line : actionLines) {
            totals.add(new ActionLineTotal(
                    line.code(), sessions.get(line.code()).size(), mentions.getOrDefault(line.code(), 0)));
        }
        return List.copyOf(totals);
    }

    /**
     * The totals of each theme of the taxonomy, in its order and with zeros for themes no session touches;
     * themes counted but not in the taxonomy (it was edited after the analysis) follow in alphabetical order.
     */
    public static List<ThemeTotal> themeTotals(List<String> taxonomy, List<ThemeCount> counts) {
        Map<String, Set<SessionKey>> sessions = new LinkedHashMap<>();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        taxonomy.forEach(theme -> sessions.put(theme, new HashSet<>()));
        Set<String> unknown = new TreeSet<>();
        for (ThemeCount count : counts) {
            if (!sessions.containsKey(count.theme())) {
                unknown.add(count.theme());
            }
        }
        unknown.forEach(theme -> sessions.put(theme, new HashSet<>()));
        for (ThemeCount count : counts) {
            sessions.get(count.theme()).add(count.session());
            mentions.merge(count.theme(), count.mentions(), Integer::sum);
        }
        List<ThemeTotal> totals = new ArrayList<>();
        sessions.forEach((theme, touching) ->
                totals.add(new ThemeTotal(theme, touching.size(), mentions.getOrDefault(theme, 0))));
        return List.copyOf(totals);
    }
}
