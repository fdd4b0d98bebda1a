package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.reports.coverage.CoverageMatrix;
import org.wsisanalytics.reports.naming.SessionFileNames;

/**
 * Writes {@code sessions/<nn>-<slug>.pdf}: one PDF/A-1b brief per session, for attaching to that
 * session's papers. Each has a cover line naming the event and the run, the session page of the
 * consolidated brief with bookmarks for its parts, and "Page x of y".
 */
public final class SessionBriefWriter {

    private final int threads;

    /** Writes the briefs on one thread. */
    public SessionBriefWriter() {
        this(1);
    }

    /** Writes the briefs on up to {@code threads} threads: each file is independent of the others. */
    public SessionBriefWriter(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
        this.threads = threads;
    }

    /** Writes one brief per session and returns their paths relative to the run folder, in session order. */
    public List<Path> writeAll(AnalysisResult result, CoverageMatrix matrix, Path runFolder) throws IOException {
        if (matrix.sessions().isEmpty()) {
            return List.of();
        }
        Files.createDirectories(runFolder.resolve(SessionFileNames.FOLDER));
        SessionFileNames names = new SessionFileNames(matrix.sessions());
        SessionDetails details = new SessionDetails(result);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < matrix.sessions().size(); i++) {
            written.add(names.relativePath(matrix.sessions().get(i), runFolder));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, written.size()));
        try {
            List<Future<?>> briefs = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                int row = i;
                Path file = runFolder.resolve(written.get(i));
                briefs.add(pool.submit(() -> {
                    write(result, matrix, row, details, file);
                    return null;
                }));
            }
            for (Future<?> brief : briefs) {
                await(brief);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(written);
    }

    private static void await(Future<?> brief) throws IOException {
        try {
            brief.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the session briefs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Cannot write a session brief: " + e.getCause(), e.getCause());
        }
    }

    private static void write(AnalysisResult result, CoverageMatrix matrix, int row, SessionDetails details, Path file)
            throws IOException {
        Session session = matrix.sessions().get(row);
        BriefFonts fonts = BriefFonts.load();
        Blocks blocks = new Blocks(fonts);
        Document document = PdfSetup.newDocument();
        String event = CoverPage.title(result);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfSetup.open(document, out, new PdfSetup.Metadata("Session " + session.index() + ": " + session.title(),
                    "Session brief from " + session.document() + ", run " + result.run().runId() + " of "
                            + result.run().runDate(),
                    "WSIS; session brief; action lines; countries; themes", "wsis-analytics " + result.run().version()),
                    new BriefPageEvents(fonts, event, "wsis-analytics · session brief · run " + result.run().runId(),
                            false));
            Paragraph cover = new Paragraph("Session brief · " + event, blocks.plain(10, BriefFonts.MUTED));
            document.add(cover);
            Paragraph run = new Paragraph("Run " + result.run().runId() + " of " + result.run().runDate()
                    + " · wsis-analytics " + result.run().version(), blocks.plain(8.5f, BriefFonts.MUTED));
            run.setSpacingAfter(14);
            document.add(run);
            SessionPage.add(document, blocks, matrix, row, details, 1, true);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot write the session brief " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
