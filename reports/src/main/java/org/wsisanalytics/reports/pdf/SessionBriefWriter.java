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
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.DocumentNumbers;
import org.wsisanalytics.reports.SessionSink;
import org.wsisanalytics.reports.SessionWarnings;
import org.wsisanalytics.reports.naming.SessionFileNames;

/**
 * Writes {@code sessions/<nn>-<slug>.pdf}: one PDF/A-1b brief per session, for attaching to that
 * session's papers. Each has a cover line naming the event and the run, the session page of the consolidated
 * brief (opening with the session's key messages and the warnings about it) with bookmarks for its parts,
 * and "Page x of y".
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
     * sessions come one at a time from {@link RunData#forEachSession}.
     */
    public List<Path> writeAll(RunData data, Path runFolder) throws IOException {
        return SessionSink.walk(data, open(data.summary(), SessionWarnings.of(data), runFolder));
    }

    /**
     * Opens the writing of the session briefs: each session added is written on one of the threads; at most
     * two per thread are waiting or being written at any moment, and each thread parses the fonts once for
     * all the briefs it writes. Finishing waits for the last one and returns every brief's path.
     */
    public SessionSink open(RunSummary summary, SessionWarnings warnings, Path runFolder) throws IOException {
        if (summary.sessions() > 0) {
            Files.createDirectories(runFolder.resolve(SessionFileNames.FOLDER));
        }
        return new BriefsSink(
                summary,
                warnings,
                new SessionFileNames(new DocumentNumbers(summary)),
                runFolder,
                Math.max(1, Math.min(threads, summary.sessions())));
    }

    private static final class BriefsSink implements SessionSink {
        private final RunSummary summary;
        private final SessionWarnings warnings;
        private final SessionFileNames names;
        private final Path runFolder;
        private final List<Path> written = new ArrayList<>();
        private final CountryLookup countries;
        private final String event;
        private final ExecutorService pool;
        private final Semaphore inFlight;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final ThreadLocal<BriefFonts> fonts = new ThreadLocal<>();

        BriefsSink(RunSummary summary, SessionWarnings warnings, SessionFileNames names, Path runFolder, int workers) {
            this.summary = summary;
            this.warnings = warnings;
            this.names = names;
            this.runFolder = runFolder;
            this.countries = new CountryLookup(summary.countries());
            this.event = CoverPage.title(summary);
            this.pool = Executors.newFixedThreadPool(workers);
            this.inFlight = new Semaphore(2 * workers);
        }

        @Override
        public void add(SessionEvidence session) throws IOException {
            rethrow(failure.get());
            acquire(inFlight);
            Path relative = names.relativePath(session.session(), runFolder);
            written.add(relative);
            Path file = runFolder.resolve(relative);
            pool.execute(() -> {
                try {
                    if (failure.get() == null) {
                        write(summary, event, session, warnings.of(session.key()), countries, fonts(fonts), file);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    inFlight.release();
                }
            });
        }

        @Override
        public List<Path> finish() throws IOException {
            pool.shutdown();
            awaitTermination(pool);
            rethrow(failure.get());
            return List.copyOf(written);
        }

        /** Stops the writing and waits for the briefs being written, so no thread writes after the reports fail. */
        @Override
        public void close() throws IOException {
            pool.shutdownNow();
            awaitTermination(pool);
        }
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

    private static void write(
            RunSummary result,
            String event,
            SessionEvidence evidence,
            List<Finding> warnings,
            CountryLookup countries,
            BriefFonts fonts,
            Path file)
            throws IOException {
        SessionOutline session = evidence.session();
        Blocks blocks = new Blocks(fonts);
        Document document = PdfSetup.newDocument();
        try (OutputStream out = new PdfIdOutputStream(Files.newOutputStream(file))) {
            PdfWriter writer = PdfSetup.open(
                    document,
                    out,
                    new PdfSetup.Metadata(
                            "Session " + session.index() + ": " + session.title(),
                            "Session brief from " + session.document() + ", run "
                                    + result.run().runId() + " of "
                                    + result.run().runDate(),
                            "WSIS; session brief; action lines; countries; themes",
                            "wsis-analytics " + result.run().version(),
                            result.run().runDate()),
                    fonts,
                    new BriefPageEvents(
                            fonts,
                            event,
                            "wsis-analytics · session brief · run "
                                    + result.run().runId(),
                            false));
            Paragraph cover = new Paragraph("Session brief · " + event, blocks.plain(10, BriefFonts.MUTED));
            document.add(cover);
            Paragraph run = new Paragraph(
                    "Run " + result.run().runId() + " of " + result.run().runDate() + " · wsis-analytics "
                            + result.run().version(),
                    blocks.plain(8.5f, BriefFonts.MUTED));
            run.setSpacingAfter(14);
            document.add(run);
            SessionPage.add(document, writer, blocks, result.actionLines(), evidence, warnings, countries, 1, true);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot write the session brief " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
