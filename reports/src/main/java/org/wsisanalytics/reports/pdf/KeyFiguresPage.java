package org.wsisanalytics.reports.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.reports.KeyFigures;
import org.wsisanalytics.reports.Labels;

/** The key figures: the run's headline numbers, its warnings, the lines nobody referred to, the most mentioned countries. */
final class KeyFiguresPage {

    static final String BOOKMARK = "Key figures";
    private static final float SIZE = 10;

    private KeyFiguresPage() {}

    static void add(Document document, Blocks blocks, RunSummary result, List<Finding> warnings) {
        document.add(blocks.heading(BOOKMARK));

        PdfPTable table = new PdfPTable(new float[] {5, 1.2f});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (KeyFigures.KeyFigure figure : KeyFigures.of(result)) {
            table.addCell(blocks.cell(figure.label(), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(
                    new Phrase(String.format(java.util.Locale.ROOT, "%,d", figure.value()), blocks.bold(SIZE)),
                    Element.ALIGN_RIGHT));
        }
        document.add(table);

        if (!warnings.isEmpty()) {
            document.add(blocks.subheading("Warnings: check before quoting"));
            document.add(blocks.text(
                    Labels.count(warnings.size(), "finding", "findings") + " of the documents "
                            + "probably wrong; the pages of the sessions they concern repeat them.",
                    SIZE - 1));
            document.add(Callouts.warnings(blocks, warnings, SIZE - 1.5f, true));
        }

        List<String> gaps = new ArrayList<>();
        for (int j = 0; j < result.actionLines().size(); j++) {
            if (result.lineTotals().get(j).sessions() == 0) {
                gaps.add(result.actionLines().get(j).code() + " "
                        + result.actionLines().get(j).name());
            }
        }
        document.add(blocks.subheading("Action lines no session refers to"));
        document.add(blocks.text(
                gaps.isEmpty()
                        ? "Every action line is referred to by at least one session."
                        : String.join("; ", gaps) + ".",
                SIZE));

        document.add(blocks.subheading("Countries named in most sessions"));
        List<CountryFrequency> top = result.countries().stream().limit(5).toList();
        document.add(blocks.text(
                top.isEmpty()
                        ? "No country was mentioned."
                        : String.join(
                                        "; ",
                                        top.stream()
                                                .map(f -> f.country().name() + ": " + f.sessions()
                                                        + (f.sessions() == 1 ? " session" : " sessions") + ", "
                                                        + f.mentions() + (f.mentions() == 1 ? " mention" : " mentions"))
                                                .toList())
                                + ".",
                SIZE));
    }
}
