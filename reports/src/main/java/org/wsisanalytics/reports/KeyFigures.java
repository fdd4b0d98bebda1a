package org.wsisanalytics.reports;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.model.RunSummary;

/** The run's headline numbers, the same in the workbook's Overview and on the brief's key-figures page. */
public final class KeyFigures {

    /** @param label what is counted; @param value the count */
    public record KeyFigure(String label, int value) {}

    private KeyFigures() {}

    public static List<KeyFigure> of(RunSummary result) {
        int lines = result.actionLines().size();
        int referenced = result.linesReferenced();
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure("Documents read", result.documents().size()));
        figures.add(new KeyFigure("Sessions", result.sessions()));
        figures.add(new KeyFigure("Action-line references", result.totals().actionLineMentions()));
        figures.add(new KeyFigure("Action lines referenced (of " + lines + ")", referenced));
        figures.add(new KeyFigure("Action lines no session refers to", lines - referenced));
        figures.add(new KeyFigure("Countries mentioned", result.countries().size()));
        figures.add(new KeyFigure("Country mentions", result.totals().countryMentions()));
        figures.add(new KeyFigure("Themes touched (of " + result.themes().size() + ")", result.themesTouched()));
        figures.add(new KeyFigure("Figures quoted", result.totals().figures()));
        figures.add(new KeyFigure("Consistency findings", result.findings()));
        figures.add(new KeyFigure("Inputs skipped", result.rejects().size()));
        return List.copyOf(figures);
    }
}
