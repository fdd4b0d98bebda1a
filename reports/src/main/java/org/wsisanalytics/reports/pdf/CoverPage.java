package org.wsisanalytics.reports.pdf;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.EventSummary;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.reports.Labels;

/** The first page: what the brief is about, which documents it was made from, and which run made it. */
final class CoverPage {

    static final String BOOKMARK = "Cover";
    static final String DEFAULT_TITLE = "WSIS session summaries";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private CoverPage() {}

    static void add(Document document, PdfWriter writer, Blocks blocks, RunSummary result) {
        RunInfo run = result.run();
        Chunk kickerText = new Chunk("Brief for policy analysts", blocks.plain(11, BriefFonts.MUTED));
        kickerText.setGenericTag(BriefPageEvents.bookmark(1, BOOKMARK));
        Paragraph kicker = new Paragraph(kickerText);
        kicker.setSpacingBefore(90);
        document.add(kicker);
        Paragraph title = new Paragraph(title(result), blocks.bold(22));
        title.setLeading(28);
        title.setSpacingAfter(18);
        document.add(title);
        document.add(blocks.text(
                "Which WSIS Action Lines (C1–C11) each session links to and which received little"
                        + " attention; which countries, regions and themes run through the sessions; and which figures"
                        + " they quote, each traced to its sentence.",
                11));

        // No start time: the brief is the same for the same run, whenever it is written (manifest.json has it).
        PdfPTable facts = new PdfPTable(new float[] {1.2f, 4});
        facts.setWidthPercentage(100);
        fact(facts, blocks, "Run date", LONG_DATE.format(run.runDate()));
        fact(facts, blocks, "Run id", run.runId());
        fact(facts, blocks, "Version", "wsis-analytics " + run.version());
        fact(
                facts,
                blocks,
                "Sessions",
                result.sessions() + " in " + Labels.count(result.documents().size(), "document", "documents"));
        Space.addHeading(document, writer, blocks.subheading("Run"), facts);
        document.add(facts);

        PdfPTable sources = blocks.table(3.2f, 0.9f, 1.1f, 2.6f);
        sources.addCell(blocks.header("Document", 8.5f, Element.ALIGN_LEFT));
        sources.addCell(blocks.header("Sessions", 8.5f, Element.ALIGN_RIGHT));
        sources.addCell(blocks.header("Size", 8.5f, Element.ALIGN_RIGHT));
        sources.addCell(blocks.header("SHA-256 (first 16 digits)", 8.5f, Element.ALIGN_LEFT));
        for (ParsedDocumentSummary summary : result.documents()) {
            String name = summary.source().name() + (summary.title() == null ? "" : "\n" + summary.title());
            sources.addCell(blocks.cell(name, 8.5f, Element.ALIGN_LEFT));
            sources.addCell(blocks.cell(String.valueOf(summary.sessions()), 8.5f, Element.ALIGN_RIGHT));
            sources.addCell(blocks.cell(kilobytes(summary.source().sizeBytes()), 8.5f, Element.ALIGN_RIGHT));
            sources.addCell(blocks.cell(summary.source().sha256().substring(0, 16), 8.5f, Element.ALIGN_LEFT));
        }
        Space.addHeading(document, writer, blocks.subheading("Source documents"), sources);
        Space.add(document, writer, sources);

        if (result.events().size() > 1) {
            events(document, writer, blocks, result);
        }

        for (int i = 0; i < result.rejects().size(); i++) {
            Reject reject = result.rejects().get(i);
            Paragraph skipped = blocks.text(reject.input() + ": " + reject.reason(), 9);
            if (i == 0) {
                Space.addHeading(document, writer, blocks.subheading("Skipped inputs"), skipped);
            }
            document.add(skipped);
        }
    }

    /**
     * The run's events and years side by side: each with its documents, sessions, references and counted country
     * mentions, and the action lines most of its sessions refer to.
     */
    private static void events(Document document, PdfWriter writer, Blocks blocks, RunSummary result) {
        PdfPTable table = blocks.table(2.6f, 0.6f, 1.2f, 0.9f, 1.1f, 1.1f, 2.4f);
        table.setHeaderRows(1);
        table.addCell(blocks.header("Event", 8.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Year", 8.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Documents", 8.5f, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Sessions", 8.5f, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("References", 8.5f, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Country mentions", 8.5f, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Lines most sessions refer to", 8.5f, Element.ALIGN_LEFT));
        for (EventSummary event : result.events()) {
            table.addCell(blocks.cell(event.key().event(), 8.5f, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(
                    event.key().year() == null ? "" : String.valueOf(event.key().year()), 8.5f, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(String.valueOf(event.documents()), 8.5f, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(String.valueOf(event.sessions()), 8.5f, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(String.valueOf(event.actionLineMentions()), 8.5f, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(String.valueOf(event.countryMentions()), 8.5f, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(topLines(event), 8.5f, Element.ALIGN_LEFT));
        }
        Space.addHeading(document, writer, blocks.subheading("Events side by side"), table);
        Space.add(document, writer, table);
    }

    /** Up to three lines most of the event's sessions refer to, "C3 (2 of 3)", in line order on ties. */
    static String topLines(EventSummary event) {
        return event.lineTotals().stream()
                .filter(line -> line.sessions() > 0)
                .sorted(Comparator.comparingInt(ActionLineTotal::sessions).reversed())
                .limit(3)
                .map(line -> line.actionLine() + " (" + line.sessions() + " of " + event.sessions() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The documents' own title where they agree on one, else a generic title. */
    static String title(RunSummary result) {
        Set<String> titles = new LinkedHashSet<>();
        for (ParsedDocumentSummary summary : result.documents()) {
            if (summary.title() != null && !summary.title().isBlank()) {
                titles.add(summary.title().strip());
            }
        }
        return titles.size() == 1 ? titles.iterator().next() : DEFAULT_TITLE;
    }

    private static void fact(PdfPTable table, Blocks blocks, String label, String value) {
        table.addCell(blocks.cell(label, 9.5f, Element.ALIGN_LEFT));
        table.addCell(blocks.cell(new Phrase(value, blocks.bold(9.5f)), Element.ALIGN_LEFT));
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f KB", bytes / 1024.0);
    }
}
