package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionOutline;
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

    /**
     * Writes one brief per session and returns their paths relative to the run folder, in session order. The
     * sessions come one at a time from {@link RunData#forEachSession}; at most two per thread are waiting or
     * being written at any moment, and each thread parses the fonts once for all the briefs it writes.
     */
    public List<Path> writeAll(RunData data, CoverageMatrix matrix, Path runFolder) throws IOException {
        if (matrix.sessions().isEmpty()) {
            return List.of();
        }
        Files.createDirectories(runFolder.resolve(SessionFileNames.FOLDER));
        SessionFileNames names = new SessionFileNames(matrix.sessions());
        List<Path> written = new ArrayList<>();
        for (SessionOutline session : matrix.sessions()) {
            written.add(names.relativePath(session, runFolder));
        }
        RunSummary summary = data.summary();
        SessionDetails details = new SessionDetails(summary);
        String event = CoverPage.title(summary);
        int workers = Math.min(threads, written.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Semaphore inFlight = new Semaphore(2 * workers);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ThreadLocal<BriefFonts> fonts = new ThreadLocal<>();
        try {
            data.forEachSession(session -> {
                rethrow(failure.get());
                acquire(inFlight);
                Path file = runFolder.resolve(written.get(matrix.row(session.key())));
                pool.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            write(summary, event, matrix, session, details, fonts(fonts), file);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            });
            pool.shutdown();
            awaitTermination(pool);
            rethrow(failure.get());
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(written);
    }

    private static BriefFonts fonts(ThreadLocal<BriefFonts> fonts) throws IOException {
        BriefFonts loaded = fonts.get();
        if (loaded == null) {
            loaded = BriefFonts.load();
            fonts.set(loaded);
        }
        return loaded;
    }

    private static void acquire(Semaphore inFlight) throws IOException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the session briefs", e);
        }
    }

    private static void awaitTermination(ExecutorService pool) throws IOException {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // the briefs are still being written; keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the session briefs", e);
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        throw new IOException("Cannot write a session brief: " + failure, failure);
    }

    private static void write(RunSummary result, String event, CoverageMatrix matrix, SessionEvidence evidence,
                              SessionDetails details, BriefFonts fonts, Path file) throws IOException {
        SessionOutline session = evidence.session();
        Blocks blocks = new Blocks(fonts);
        Document document = PdfSetup.newDocument();
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
            SessionPage.add(document, blocks, matrix, evidence, details, 1, true);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot write the session brief " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
