package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.reports.coverage.CoverageMatrix;

/**
 * Writes the consolidated A4 brief: cover, action-line coverage table, "Sessions per action line"
 * chart and the list of sessions, each part bookmarked, with "Page x of y" footers and embedded fonts.
 */
public final class BriefWriter {

    public void write(AnalysisResult result, CoverageMatrix matrix, Path file) throws IOException {
        BriefFonts fonts = BriefFonts.load();
        Blocks blocks = new Blocks(fonts);
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new BriefPageEvents(fonts, "wsis-analytics · run " + result.run().runId()));
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setStrictImageSequence(true);
            String title = CoverPage.title(result);
            document.addTitle(title + " – action-line brief");
            document.addSubject("WSIS Action Lines referenced by " + result.sessions().size() + " sessions, run "
                    + result.run().runId() + " of " + result.run().runDate());
            document.addCreator("wsis-analytics");
            document.addAuthor("wsis-analytics " + result.run().version());
            document.addKeywords("WSIS; action lines; session summaries");
            document.addCreationDate();
            document.open();
            CoverPage.add(document, blocks, result);
            document.newPage();
            CoverageTable.add(document, blocks, matrix);
            document.newPage();
            ChartPage.add(document, writer, blocks, fonts, matrix);
            document.newPage();
            SessionList.add(document, blocks, matrix);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot write the brief " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
