package org.wsisanalytics.reports.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
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

    static void add(Document document, PdfWriter writer, Blocks blocks, RunSummary result, List<Finding> warnings) {
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
            Paragraph count = blocks.text(
                    Labels.count(warnings.size(), "finding", "findings") + " of the documents "
                            + "probably wrong; the pages of the sessions they concern repeat them.",
                    SIZE - 1);
            Space.addHeading(document, writer, blocks.subheading("Warnings: check before quoting"), count);
            document.add(count);
            document.add(Callouts.warnings(blocks, warnings, SIZE - 1.5f, true));
        }

        List<String> gaps = new ArrayList<>();
        for (int j = 0; j < result.actionLines().size(); j++) {
            if (result.lineTotals().get(j).sessions() == 0) {
                gaps.add(result.actionLines().get(j).code() + " "
                        + result.actionLines().get(j).name());
            }
        }
        Paragraph unreferred = blocks.text(
                gaps.isEmpty()
                        ? "Every action line is referred to by at least one session."
                        : String.join("; ", gaps) + ".",
                SIZE);
        Space.addHeading(document, writer, blocks.subheading("Action lines no session refers to"), unreferred);
        document.add(unreferred);

        List<CountryFrequency> top = result.countries().stream().limit(5).toList();
        Paragraph countries = blocks.text(
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
                SIZE);
        Space.addHeading(document, writer, blocks.subheading("Countries named in most sessions"), countries);
        document.add(countries);
    }
}
