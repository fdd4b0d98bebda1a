package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.SharedMessage;
import org.wsisanalytics.reports.DocumentNumbers;
import org.wsisanalytics.reports.Labels;

/**
 * The brief's second part: what the sessions say, in their own words. First the action lines, themes and
 * countries most sessions share, each with a quote; then each session's key messages, read in one walk over the
 * sessions' evidence, each session's block kept on one page.
 */
final class KeyMessagesPage {

    static final String BOOKMARK = "Key messages";
    static final String SHARED = "Shared across sessions";
    static final String BY_SESSION = "By session";
    private static final float SIZE = 9;

    private KeyMessagesPage() {}

    static void add(Document document, PdfWriter writer, Blocks blocks, RunData data) throws IOException {
        document.add(blocks.heading(BOOKMARK));
        document.add(blocks.text(
                "Sentences quoted as written in the sessions' vision, priorities, recommendations "
                        + "and conclusion parts, first those whose headings say most that they matter; nothing here is our "
                        + "wording. Each names where it stands.",
                SIZE));
        List<SharedMessage> shared = data.summary().sharedMessages();
        if (shared.isEmpty()) {
            Paragraph none = blocks.text("No action line, theme or country is shared by two sessions or more.", SIZE);
            Space.addHeading(document, writer, blocks.subheading(SHARED), none);
            document.add(none);
        }
        for (int i = 0; i < shared.size(); i++) {
            PdfPTable message = shared(blocks, shared.get(i), data.summary().sessions());
            if (i == 0) {
                Space.addHeading(document, writer, blocks.subheading(SHARED), message);
            }
            document.add(message);
        }
        DocumentNumbers documents = new DocumentNumbers(data.summary());
        boolean[] any = {false};
        data.forEachSession(session -> {
            if (session.keyMessages().isEmpty()) {
                return;
            }
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            block.setSpacingBefore(4);
            String number =
                    (documents.several() ? documents.of(session.session().document()) + "·" : "")
                            + session.session().index();
            PdfPCell title = blocks.cell(
                    new Phrase(number + ". " + session.session().title(), blocks.bold(SIZE)), Element.ALIGN_LEFT);
            title.setBorder(Rectangle.NO_BORDER);
            block.addCell(title);
            PdfPCell messages = new PdfPCell(Callouts.keyMessages(blocks, session.keyMessages(), SIZE - 0.5f));
            messages.setBorder(Rectangle.NO_BORDER);
            messages.setPadding(0);
            block.addCell(messages);
            if (!any[0]) {
                // The heading goes where the first session's block goes, never alone at the foot of a page.
                Space.addHeading(document, writer, blocks.subheading(BY_SESSION), block);
                any[0] = true;
            }
            document.add(block);
        });
        if (!any[0]) {
            Paragraph none = blocks.text(
                    "No session has a vision, priorities, recommendations or conclusion part to quote from.", SIZE);
            Space.addHeading(document, writer, blocks.subheading(BY_SESSION), none);
            document.add(none);
        }
    }

    private static PdfPTable shared(Blocks blocks, SharedMessage message, int sessions) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(3);
        Phrase head = new Phrase(new Chunk(kind(message.kind()) + " " + message.label(), blocks.bold(SIZE)));
        head.add(new Chunk(
                "  \u00B7  " + message.sessions() + " of " + Labels.count(sessions, "session", "sessions"),
                blocks.plain(SIZE, BriefFonts.MUTED)));
        PdfPCell cell = blocks.cell(head, Element.ALIGN_LEFT);
        cell.setBorder(Rectangle.NO_BORDER);
        table.addCell(cell);
        Phrase text = new Phrase("\u201C" + message.quote() + "\u201D", blocks.plain(SIZE - 0.5f));
        text.add(new Chunk("\n" + message.citation(), blocks.plain(SIZE - 2, BriefFonts.MUTED)));
        PdfPCell body = blocks.cell(text, Element.ALIGN_LEFT);
        body.setPaddingLeft(14);
        table.addCell(body);
        return table;
    }

    private static String kind(SharedMessage.Kind kind) {
        return switch (kind) {
            case ACTION_LINE -> "Action line";
            case THEME -> "Theme";
            case COUNTRY -> "Country";
        };
    }
}
