package org.wsisanalytics.reports.pdf;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.UncountedCountry;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.charts.RankingChart;

/**
 * Countries: the rule they are counted by, the top 15 and the regions as charts (by sessions), the sub-region and
 * UN-group roll-ups, and apart the countries named only in an organisation's name or a language.
 */
final class CountriesPage {

    static final String BOOKMARK = "Countries and regions";
    private static final float SIZE = 8.5f;

    private CountriesPage() {}

    static void add(Document document, PdfWriter writer, Blocks blocks, BriefFonts fonts, RunSummary result) {
        document.add(blocks.heading(BOOKMARK));
        if (result.countries().isEmpty()) {
            document.add(blocks.text("No country was mentioned in this run.", 9.5f));
            return;
        }
        document.add(blocks.text(
                "A country counts where a session names it or uses its demonym (\u201CKenya\u201D,"
                        + " \u201CKenyan\u201D). Its name inside an organisation's name or a language is listed apart at the"
                        + " end and not counted. Countries and regions are ranked by the sessions that name them, then by"
                        + " mentions, so that one long session does not lead.",
                SIZE));
        float width = document.right() - document.left();
        int shown = Math.min(RankingChart.TOP, result.countries().size());
        float top = 45 + 17 * shown;
        Space.addHeading(document, writer, blocks.subheading(RankingChart.TOP_COUNTRIES), top);
        ChartImages.add(
                document, writer, fonts, RankingChart.topCountries(result.countries(), fonts.awtFamily()), width, top);
        long regions = result.rollUps().stream()
                .filter(r -> r.dimension() == RollUp.Dimension.REGION)
                .count();
        if (regions > 0) {
            float height = 45 + 20 * regions;
            Space.addHeading(document, writer, blocks.subheading(RankingChart.REGIONS), height);
            ChartImages.add(
                    document, writer, fonts, RankingChart.regions(result.rollUps(), fonts.awtFamily()), width, height);
        }
        PdfPTable table = blocks.table(5, 1.5f, 1.5f, 1.5f, 1.5f);
        table.addCell(blocks.header("Sub-region or group", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Kind", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Countries", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Sessions", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Mentions", SIZE, Element.ALIGN_RIGHT));
        for (RollUp rollUp : result.rollUps()) {
            if (rollUp.dimension() == RollUp.Dimension.REGION) {
                continue;
            }
            table.addCell(blocks.cell(rollUp.name(), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(
                    rollUp.dimension() == RollUp.Dimension.GROUP ? "UN group" : "sub-region",
                    SIZE,
                    Element.ALIGN_LEFT));
            table.addCell(blocks.cell(String.valueOf(rollUp.countries()), SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(String.valueOf(rollUp.sessions()), SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(String.valueOf(rollUp.mentions()), SIZE, Element.ALIGN_RIGHT));
        }
        Space.addHeading(document, writer, blocks.subheading("Sub-regions and UN groups"), table);
        Space.add(document, writer, table);
        notCounted(document, writer, blocks, result.uncountedCountries());
    }

    private static void notCounted(
            Document document, PdfWriter writer, Blocks blocks, List<UncountedCountry> uncounted) {
        if (uncounted.isEmpty()) {
            return;
        }
        PdfPTable table = blocks.table(4, 1.5f, 5.5f, 1.5f, 1.5f);
        table.addCell(blocks.header("Country", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("As", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Why not counted", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Sessions", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Mentions", SIZE, Element.ALIGN_RIGHT));
        for (UncountedCountry apart : uncounted) {
            table.addCell(blocks.cell(apart.country().name(), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(Labels.lowerCase(apart.kind()), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(apart.kind().notCountedReason(), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(String.valueOf(apart.sessions()), SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(String.valueOf(apart.mentions()), SIZE, Element.ALIGN_RIGHT));
        }
        Space.addHeading(document, writer, blocks.subheading("Not counted"), table);
        Space.add(document, writer, table);
    }
}
