package org.wsisanalytics.reports.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureRole;
import org.wsisanalytics.model.Finding;
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

    static final String KEY_MESSAGES = "Key messages";
    static final String ACTION_LINES = "Action lines";
    static final String COUNTRIES = "Countries";
    static final String THEMES = "Themes";
    static final String FIGURES = "Notable figures";
    static final String NAMED_ONLY = "Named without a number (not counted above)";
    private static final float SIZE = 9;
    private static final int BOOKMARK_LENGTH = 70;
    /** C2 before C11. */
    private static final Comparator<String> CODE_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private SessionPage() {}

    /**
     * @param level the outline level of the session's heading (its parts, when bookmarked, one below)
     * @param bookmarkParts whether the parts get their own bookmarks
     */
    static void add(
            Document document,
            PdfWriter writer,
            Blocks blocks,
            List<ActionLine> actionLines,
            SessionEvidence evidence,
            List<Finding> warnings,
            CountryLookup countries,
            int level,
            boolean bookmarkParts) {
        SessionOutline session = evidence.session();
        CoverageRow row = CoverageRow.of(evidence.overview(), actionLines);
        document.add(
                blocks.heading("Session " + session.index() + ": " + session.title(), bookmarkTitle(session), level));
        Part parts = new Part(document, writer, blocks, level + 1, bookmarkParts);
        if (!evidence.keyMessages().isEmpty()) {
            parts.add(KEY_MESSAGES, List.of(Callouts.keyMessages(blocks, evidence.keyMessages(), SIZE)));
        }
        if (!warnings.isEmpty()) {
            document.add(Callouts.warnings(blocks, warnings, SIZE, false));
        }
        document.add(facts(blocks, session));

        parts.add(ACTION_LINES, actionLines(blocks, row, evidence.actionLines()));
        List<Paragraph> named = namedOnly(blocks, actionLines, evidence.actionLineNames());
        if (!named.isEmpty()) {
            Paragraph label = new Paragraph(new Chunk(NAMED_ONLY, blocks.bold(SIZE)));
            label.setSpacingBefore(5);
            parts.label(label, named);
        }
        parts.add(COUNTRIES, List.of(countries(blocks, countries, evidence.countries())));
        List<ThemeCount> themes = evidence.themeCounts();
        parts.add(
                THEMES,
                List.of(Blocks.block(blocks.text(
                        themes.isEmpty()
                                ? "No theme of the taxonomy was found."
                                : themes.stream()
                                        .map(t -> t.theme() + " (" + t.mentions() + ")")
                                        .collect(Collectors.joining(" · ")),
                        SIZE))));
        parts.add(FIGURES, List.of(figures(blocks, evidence.figures())));
    }

    /** Adds a part's heading and content, the heading on the page where the content's first block starts. */
    private record Part(Document document, PdfWriter writer, Blocks blocks, int level, boolean bookmark) {

        void add(String title, List<Element> content) {
            Paragraph heading = bookmark ? blocks.subheading(title, level) : blocks.subheading(title);
            if (!content.isEmpty() && content.get(0) instanceof PdfPTable first) {
                Space.addHeading(document, writer, heading, first);
            } else {
                document.add(heading);
            }
            for (Element element : content) {
                if (element instanceof PdfPTable table) {
                    Space.add(document, writer, table);
                } else {
                    document.add(element);
                }
            }
        }

        /** Adds a label within a part, on the page where the first of the paragraphs it names starts, then them. */
        void label(Paragraph label, List<Paragraph> content) {
            Space.addHeading(document, writer, label, content.get(0));
            content.forEach(document::add);
        }
    }

    /** "5. Local to global: preserving…", short enough for a reader's outline pane. */
    static String bookmarkTitle(SessionOutline session) {
        String title = session.index() + ". " + session.title();
        return title.length() <= BOOKMARK_LENGTH
                ? title
                : title.substring(0, BOOKMARK_LENGTH - 1).strip() + "…";
    }

    private static PdfPTable facts(Blocks blocks, SessionOutline session) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        fact(table, blocks, "Document", session.document());
        fact(table, blocks, "Read by", session.structure().description());
        if (session.sessionId() != null) {
            fact(
                    table,
                    blocks,
                    "Session number",
                    session.sessionId() + (session.link() == null ? "" : "  ·  " + session.link()));
        }
        String facilitator = session.facilitator() != null
                ? session.facilitator()
                : session.facilitatorListed() != null ? session.facilitatorListed() : "not named";
        if (session.facilitator() != null
                && session.facilitatorListed() != null
                && !session.facilitator().equals(session.facilitatorListed())) {
            facilitator += " (listed as " + session.facilitatorListed() + ")";
        }
        if (session.facilitatorOrganization() != null) {
            facilitator += ", " + session.facilitatorOrganization();
        }
        fact(table, blocks, "Facilitator", facilitator);
        fact(
                table,
                blocks,
                "Sections",
                session.sections().stream()
                                .map(s -> Labels.section(s.type()))
                                .distinct()
                                .collect(Collectors.joining(", "))
                        + "  ·  " + session.words() + " words");
        return table;
    }

    private static void fact(PdfPTable table, Blocks blocks, String label, String value) {
        table.addCell(blocks.cell(new Phrase(label, blocks.plain(SIZE, BriefFonts.MUTED)), Element.ALIGN_LEFT));
        table.addCell(blocks.cell(value, SIZE, Element.ALIGN_LEFT));
    }

    /**
     * The lines the session refers to with their counts, then each sentence that refers to them once, with every
     * line it refers to: a sentence naming C2 and C11 is printed once, marked "C2 · C11".
     */
    private static List<Element> actionLines(Blocks blocks, CoverageRow row, List<ActionLineMention> mentions) {
        if (row.lines().isEmpty()) {
            return List.of(Blocks.block(blocks.text("No reference to a WSIS Action Line was found.", SIZE)));
        }
        List<Element> content = new ArrayList<>();
        PdfPTable lines = blocks.table(0.7f, 8.3f, 1.5f, 2.5f);
        lines.addCell(blocks.header("Line", SIZE - 0.5f, Element.ALIGN_LEFT));
        lines.addCell(blocks.header("Name", SIZE - 0.5f, Element.ALIGN_LEFT));
        lines.addCell(blocks.header("References", SIZE - 0.5f, Element.ALIGN_RIGHT));
        lines.addCell(blocks.header("Links section", SIZE - 0.5f, Element.ALIGN_LEFT));
        for (int j = 0; j < row.actionLines().size(); j++) {
            int count = row.mentions(j);
            if (count == 0) {
                continue;
            }
            ActionLine line = row.actionLines().get(j);
            lines.addCell(blocks.cell(new Phrase(line.code(), blocks.bold(SIZE - 0.5f)), Element.ALIGN_LEFT));
            lines.addCell(blocks.cell(line.name(), SIZE - 0.5f, Element.ALIGN_LEFT));
            lines.addCell(blocks.cell(String.valueOf(count), SIZE - 0.5f, Element.ALIGN_RIGHT));
            lines.addCell(blocks.cell(row.inLinksSection(j) ? "listed there" : "", SIZE - 0.5f, Element.ALIGN_LEFT));
        }
        content.add(lines);
        Map<String, Set<String>> sentences = new LinkedHashMap<>();
        Map<String, TextLocation> locations = new HashMap<>();
        mentions.forEach(m -> {
            sentences
                    .computeIfAbsent(m.sentence(), k -> new TreeSet<>(CODE_ORDER))
                    .add(m.actionLine());
            locations.putIfAbsent(m.sentence(), m.location());
        });
        sentences.forEach((sentence, codes) ->
                content.add(supported(blocks, String.join(" \u00B7 ", codes), sentence, locations.get(sentence))));
        return content;
    }

    /**
     * A sentence from the document with the items it supports before it, in bold, and where it is in its input
     * after it (muted, outside the quotation marks), when known.
     */
    private static Paragraph supported(Blocks blocks, String items, String sentence, TextLocation location) {
        Paragraph paragraph = new Paragraph(new Chunk(items + "  ", blocks.bold(SIZE - 0.5f)));
        paragraph.add(new Chunk(
                "\u201C" + sentence.replace('\n', ' ') + "\u201D", blocks.plain(SIZE - 0.5f, BriefFonts.MUTED)));
        if (location != null) {
            paragraph.add(blocks.citation(location, SIZE - 0.5f));
        }
        paragraph.setIndentationLeft(14);
        paragraph.setFirstLineIndent(-14);
        paragraph.setLeading((SIZE - 0.5f) * 1.3f);
        paragraph.setSpacingBefore(2);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    /**
     * References by name only, a paragraph per sentence, shown apart ({@link #NAMED_ONLY}) and marked as not
     * counted, so that a reader can judge them.
     */
    private static List<Paragraph> namedOnly(
            Blocks blocks, List<ActionLine> actionLines, List<ActionLineNameReference> references) {
        List<Paragraph> content = new ArrayList<>();
        Map<String, List<String>> bySentence = new LinkedHashMap<>();
        Map<String, TextLocation> locations = new HashMap<>();
        for (ActionLineNameReference reference : references) {
            locations.putIfAbsent(reference.sentence(), reference.location());
            String name = actionLines.stream()
                    .filter(l -> l.code().equals(reference.actionLine()))
                    .map(ActionLine::name)
                    .findFirst()
                    .orElse("");
            bySentence
                    .computeIfAbsent(reference.sentence(), k -> new ArrayList<>())
                    .add(reference.actionLine()
                            + " " + name + (reference.subLine() == null ? "" : " (" + reference.subLine() + ")")
                            + " as \u201C" + reference.phrase() + "\u201D");
        }
        bySentence.forEach((sentence, items) -> content.add(supported(
                blocks, String.join(" \u00B7 ", new LinkedHashSet<>(items)), sentence, locations.get(sentence))));
        return content;
    }

    private static PdfPTable countries(Blocks blocks, CountryLookup lookup, List<CountryMention> mentions) {
        if (mentions.isEmpty()) {
            return Blocks.block(blocks.text("No country was mentioned.", SIZE));
        }
        Map<String, List<CountryMention>> byCountry = new LinkedHashMap<>();
        mentions.forEach(m -> byCountry
                .computeIfAbsent(m.iso2(), k -> new java.util.ArrayList<>())
                .add(m));
        PdfPTable table = blocks.table(3.2f, 3.2f, 1.3f, 5.5f);
        table.addCell(blocks.header("Country", SIZE - 0.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Region", SIZE - 0.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Mentions", SIZE - 0.5f, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("As written", SIZE - 0.5f, Element.ALIGN_LEFT));
        byCountry.forEach((iso2, list) -> {
            var country = lookup.find(iso2);
            table.addCell(blocks.cell(lookup.name(iso2) + " (" + iso2 + ")", SIZE - 0.5f, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(
                    country.map(c -> c.subregion().isEmpty()
                                    ? c.region()
                                    : c.subregion()
                                            + (c.groups().isEmpty()
                                                    ? ""
                                                    : " · " + Labels.groups(c).replace(";", ", ")))
                            .orElse(""),
                    SIZE - 0.5f,
                    Element.ALIGN_LEFT));
            table.addCell(blocks.cell(String.valueOf(list.size()), SIZE - 0.5f, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(
                    list.stream()
                            .map(m -> m.surface() + " (" + Labels.lowerCase(m.kind())
                                    + (m.kind().counted() ? "" : ", not counted") + ")")
                            .distinct()
                            .collect(Collectors.joining(", ")),
                    SIZE - 0.5f,
                    Element.ALIGN_LEFT));
        });
        return table;
    }

    private static PdfPTable figures(Blocks blocks, List<Figure> figures) {
        if (figures.isEmpty()) {
            return Blocks.block(blocks.text("No figure was quoted.", SIZE));
        }
        Map<String, List<Figure>> bySentence = new LinkedHashMap<>();
        figures.forEach(f ->
                bySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f));
        PdfPTable table = blocks.table(2.6f, 1.6f, 8.6f);
        table.addCell(blocks.header("Figure", SIZE - 0.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Kind", SIZE - 0.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Sentence", SIZE - 0.5f, Element.ALIGN_LEFT));
        bySentence.forEach((sentence, list) -> {
            table.addCell(blocks.cell(
                    new Phrase(
                            list.stream()
                                    .map(f -> f.occurrences() > 1
                                            ? f.text() + " (" + f.occurrences() + "\u00D7)"
                                            : f.text())
                                    .collect(Collectors.joining(" \u00B7 ")),
                            blocks.bold(SIZE - 0.5f)),
                    Element.ALIGN_LEFT));
            table.addCell(blocks.cell(
                    list.stream()
                            .map(f -> Labels.lowerCase(f.kind()) + (f.role() == FigureRole.TARGET ? ", target" : ""))
                            .distinct()
                            .collect(Collectors.joining("; ")),
                    SIZE - 0.5f,
                    Element.ALIGN_LEFT));
            Phrase quoted = new Phrase(sentence, blocks.plain(SIZE - 1));
            TextLocation location = list.get(0).location();
            if (location != null) {
                quoted.add(blocks.citation(location, SIZE - 1));
            }
            table.addCell(blocks.cell(quoted, Element.ALIGN_LEFT));
        });
        return table;
    }
}
