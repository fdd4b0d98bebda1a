package org.wsisanalytics.reports.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureRole;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.coverage.CoverageRow;

/**
 * One session on its own page(s): facts, the action lines with the sentences that refer to them,
 * countries, themes and notable figures. Used by the consolidated brief and by each session brief.
 */
final class SessionPage {

    static final String ACTION_LINES = "Action lines";
    static final String COUNTRIES = "Countries";
    static final String THEMES = "Themes";
    static final String FIGURES = "Notable figures";
    private static final float SIZE = 9;
    private static final int BOOKMARK_LENGTH = 70;

    private SessionPage() {
    }

    /**
     * @param level the outline level of the session's heading (its parts, when bookmarked, one below)
     * @param bookmarkParts whether the parts get their own bookmarks
     */
    static void add(Document document, Blocks blocks, List<ActionLine> actionLines, SessionEvidence evidence,
                    CountryLookup countries, int level, boolean bookmarkParts) {
        SessionOutline session = evidence.session();
        CoverageRow row = CoverageRow.of(evidence.overview(), actionLines);
        document.add(blocks.heading("Session " + session.index() + ": " + session.title(),
                bookmarkTitle(session), level));
        document.add(facts(blocks, session));

        part(document, blocks, ACTION_LINES, level + 1, bookmarkParts);
        actionLines(document, blocks, row, evidence.actionLines());
        namedOnly(document, blocks, actionLines, evidence.actionLineNames());

        part(document, blocks, COUNTRIES, level + 1, bookmarkParts);
        countries(document, blocks, countries, evidence.countries());

        part(document, blocks, THEMES, level + 1, bookmarkParts);
        List<ThemeCount> themes = evidence.themeCounts();
        document.add(blocks.text(themes.isEmpty() ? "No theme of the taxonomy was found."
                : themes.stream().map(t -> t.theme() + " (" + t.mentions() + ")").collect(Collectors.joining(" · ")),
                SIZE));

        part(document, blocks, FIGURES, level + 1, bookmarkParts);
        figures(document, blocks, evidence.figures());
    }

    /** "5. Local to global: preserving…", short enough for a reader's outline pane. */
    static String bookmarkTitle(SessionOutline session) {
        String title = session.index() + ". " + session.title();
        return title.length() <= BOOKMARK_LENGTH ? title : title.substring(0, BOOKMARK_LENGTH - 1).strip() + "…";
    }

    private static void part(Document document, Blocks blocks, String title, int level, boolean bookmark) {
        document.add(bookmark ? blocks.subheading(title, level) : blocks.subheading(title));
    }

    private static PdfPTable facts(Blocks blocks, SessionOutline session) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        fact(table, blocks, "Document", session.document());
        fact(table, blocks, "Read by", session.structure().description());
        if (session.sessionId() != null) {
            fact(table, blocks, "Session number", session.sessionId()
                    + (session.link() == null ? "" : "  ·  " + session.link()));
        }
        String facilitator = session.facilitator() != null ? session.facilitator()
                : session.facilitatorListed() != null ? session.facilitatorListed() : "not named";
        if (session.facilitator() != null && session.facilitatorListed() != null
                && !session.facilitator().equals(session.facilitatorListed())) {
            facilitator += " (listed as " + session.facilitatorListed() + ")";
        }
        fact(table, blocks, "Facilitator", facilitator);
        fact(table, blocks, "Sections", session.sections().stream().map(s -> Labels.section(s.type())).distinct()
                .collect(Collectors.joining(", ")) + "  ·  " + session.words() + " words");
        return table;
    }

    private static void fact(PdfPTable table, Blocks blocks, String label, String value) {
        table.addCell(blocks.cell(new Phrase(label, blocks.plain(SIZE, BriefFonts.MUTED)), Element.ALIGN_LEFT));
        table.addCell(blocks.cell(value, SIZE, Element.ALIGN_LEFT));
    }

    private static void actionLines(Document document, Blocks blocks, CoverageRow row,
                                    List<ActionLineMention> mentions) {
        if (row.lines().isEmpty()) {
            document.add(blocks.text("No reference to a WSIS Action Line was found.", SIZE));
            return;
        }
        for (int j = 0; j < row.actionLines().size(); j++) {
            int count = row.mentions(j);
            if (count == 0) {
                continue;
            }
            ActionLine line = row.actionLines().get(j);
            // The paragraph takes its font from the first chunk; an empty one would fall back to Helvetica.
            Paragraph title = new Paragraph(new Chunk(line.code() + "  " + line.name(), blocks.bold(SIZE)));
            title.setLeading(SIZE * 1.35f);
            title.add(new Chunk("\n" + count + (count == 1 ? " reference" : " references")
                    + (row.inLinksSection(j) ? ", listed in the links to the action lines" : ""),
                    blocks.plain(SIZE - 1, BriefFonts.MUTED)));
            title.setSpacingBefore(3);
            document.add(title);
            Map<String, TextLocation> sentences = new LinkedHashMap<>();
            mentions.stream().filter(m -> m.actionLine().equals(line.code()))
                    .forEach(m -> sentences.putIfAbsent(m.sentence(), m.location()));
            sentences.forEach((sentence, location) -> document.add(blocks.quote(sentence, location, SIZE - 0.5f)));
        }
    }

    /** References by name only, shown apart and marked as not counted, so that a reader can judge them. */
    private static void namedOnly(Document document, Blocks blocks, List<ActionLine> actionLines,
                                  List<ActionLineNameReference> references) {
        if (references.isEmpty()) {
            return;
        }
        Paragraph title = new Paragraph(new Chunk("Named without a number (not counted above)", blocks.bold(SIZE)));
        title.setSpacingBefore(5);
        document.add(title);
        for (ActionLineNameReference reference : references) {
            String name = actionLines.stream().filter(l -> l.code().equals(reference.actionLine()))
                    .map(ActionLine::name).findFirst().orElse("");
            Paragraph line = new Paragraph(new Chunk(reference.actionLine() + "  " + name
                    + (reference.subLine() == null ? "" : " (" + reference.subLine() + ")"), blocks.plain(SIZE)));
            line.add(new Chunk("  as \u201C" + reference.phrase() + "\u201D", blocks.plain(SIZE - 1, BriefFonts.MUTED)));
            document.add(line);
            document.add(blocks.quote(reference.sentence(), reference.location(), SIZE - 0.5f));
        }
    }

    private static void countries(Document document, Blocks blocks, CountryLookup lookup,
                                  List<CountryMention> mentions) {
        if (mentions.isEmpty()) {
            document.add(blocks.text("No country was mentioned.", SIZE));
            return;
        }
        Map<String, List<CountryMention>> byCountry = new LinkedHashMap<>();
        mentions.forEach(m -> byCountry.computeIfAbsent(m.iso2(), k -> new java.util.ArrayList<>()).add(m));
        PdfPTable table = blocks.table(3.2f, 3.2f, 1.3f, 5.5f);
        table.addCell(blocks.header("Country", SIZE - 0.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Region", SIZE - 0.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Mentions", SIZE - 0.5f, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("As written", SIZE - 0.5f, Element.ALIGN_LEFT));
        byCountry.forEach((iso2, list) -> {
            var country = lookup.find(iso2);
            table.addCell(blocks.cell(lookup.name(iso2) + " (" + iso2 + ")", SIZE - 0.5f,
                    Element.ALIGN_LEFT));
            table.addCell(blocks.cell(country.map(c -> c.subregion().isEmpty() ? c.region() : c.subregion()
                    + (c.groups().isEmpty() ? "" : " · " + Labels.groups(c).replace(";", ", "))).orElse(""),
                    SIZE - 0.5f, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(String.valueOf(list.size()), SIZE - 0.5f, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(list.stream().map(m -> m.surface() + " (" + Labels.lowerCase(m.kind())
                    + (m.kind().counted() ? "" : ", not counted") + ")")
                    .distinct().collect(Collectors.joining(", ")), SIZE - 0.5f, Element.ALIGN_LEFT));
        });
        document.add(table);
    }

    private static void figures(Document document, Blocks blocks, List<Figure> figures) {
        if (figures.isEmpty()) {
            document.add(blocks.text("No figure was quoted.", SIZE));
            return;
        }
        PdfPTable table = blocks.table(2.6f, 1.6f, 8.6f);
        table.addCell(blocks.header("Figure", SIZE - 0.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Kind", SIZE - 0.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Sentence", SIZE - 0.5f, Element.ALIGN_LEFT));
        for (Figure figure : figures) {
            String quoted = figure.occurrences() > 1 ? figure.text() + " (" + figure.occurrences() + "\u00D7)" : figure.text();
            table.addCell(blocks.cell(new Phrase(quoted, blocks.bold(SIZE - 0.5f)), Element.ALIGN_LEFT));
            String kind = Labels.lowerCase(figure.kind()) + (figure.role() == FigureRole.TARGET ? ", target" : "");
            table.addCell(blocks.cell(kind, SIZE - 0.5f, Element.ALIGN_LEFT));
            Phrase sentence = new Phrase(figure.sentence(), blocks.plain(SIZE - 1));
            if (figure.location() != null) {
                sentence.add(blocks.citation(figure.location(), SIZE - 1));
            }
            table.addCell(blocks.cell(sentence, Element.ALIGN_LEFT));
        }
        document.add(table);
    }

}
