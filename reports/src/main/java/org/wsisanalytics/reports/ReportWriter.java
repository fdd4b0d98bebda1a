package org.wsisanalytics.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.reports.csv.CsvExporter;
import org.wsisanalytics.reports.json.AnalysisJsonWriter;
import org.wsisanalytics.reports.manifest.ManifestWriter;
import org.wsisanalytics.reports.pdf.BriefWriter;
import org.wsisanalytics.reports.pdf.SessionBriefWriter;
import org.wsisanalytics.reports.qda.QdaProjectWriter;
import org.wsisanalytics.reports.workbook.WorkbookWriter;

/**
 * Writes every output of a run: the CSV exports, {@code analysis.json}, the workbook, the PDF brief,
 * one PDF per session, the REFI-QDA project and, last, the manifest with the checksums of all the others.
 * File names are fixed except the session briefs', whose slug is made safe by {@code naming.Slugs} and checked to
 * stay inside {@code sessions/}.
 */
public final class ReportWriter {

    public static final Path WORKBOOK = Path.of("wsis-analytics.xlsx");
    public static final Path BRIEF = Path.of("wsis-analytics-brief.pdf");
    /** The smallest heap in which {@link #prepareInBackground} prepares anything. */
    public static final int PREPARE_MIN_HEAP_MB = 256;
    /** The thread of {@link #prepareInBackground}, if one was started. */
    private static volatile Thread preparing;
    /** Sessions waiting for the workbook's or the brief's thread, at most. */
    private static final int QUEUED_SESSIONS = 16;

    private final CsvExporter csv = new CsvExporter();
    private final AnalysisJsonWriter json = new AnalysisJsonWriter();
    private final WorkbookWriter workbook = new WorkbookWriter();
    private final BriefWriter brief = new BriefWriter();
    private final SessionBriefWriter sessionBriefs;
    private final ManifestWriter manifest = new ManifestWriter();
    private final QdaProjectWriter qda;
    private final int threads;

    /** Writes everything on one thread. */
    public ReportWriter() {
        this(1);
    }

    /**
     * Writes independent files at the same time when {@code threads} is above 1: the workbook and the
     * brief each on a thread of their own while the per-session briefs are written on {@code threads} threads.
     */
    public ReportWriter(int threads) {
        this(threads, Map.of());
    }

    /**
     * As {@link #ReportWriter(int)}, with the action lines' sub-lines (per code, e.g. C7's e-government,
     * e-business, ...), which the REFI-QDA project shows as child codes of their line.
     */
    public ReportWriter(int threads, Map<String, List<String>> subLines) {
        this.sessionBriefs = new SessionBriefWriter(threads);
        this.qda = new QdaProjectWriter(subLines);
        this.threads = threads;
    }

    /**
     * Starts, on a daemon thread of its own, what the first reports of a process otherwise prepare on their way and
     * which takes about as long as writing a one-document run's reports: POI's OOXML schema types, AWT's font system
     * with Liberation Sans registered, OpenPDF's PDF/A set-up and JFreeChart ({@link WorkbookWriter#prepare},
     * {@link BriefWriter#prepare}). A process that will write reports calls it as early as it can, so that this
     * happens while it does other work. {@link #writeAll} waits for it to end, if it has not, so that no two threads
     * set up one library at once; the reports are the same with or without it. A failure here is left to the writer
     * that meets it again, which reports it. In a heap below
     * {@value #PREPARE_MIN_HEAP_MB} MB it does nothing: what it keeps would otherwise be held from the start of
     * the job instead of from its report step, in a heap chosen to be just enough.
     */
    public static void prepareInBackground() {
        if (Runtime.getRuntime().maxMemory() < PREPARE_MIN_HEAP_MB * 1024L * 1024L) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        WorkbookWriter.prepare();
                        BriefWriter.prepare();
                    } catch (IOException | RuntimeException | OutOfMemoryError e) {
                        // The writer that needs what failed here fails the same way and says so; nothing to report
                        // twice.
                    }
                },
                "wsis-report-prepare");
        thread.setDaemon(true);
        preparing = thread;
        thread.start();
    }

    /**
     * Writes every output of a run into runFolder (which exists and is empty) and returns the files written,
     * relative to runFolder. Only the run's summary (run-wide figures) is held in memory; the sessions are read
     * in one walk over {@link RunData#forEachSession} that feeds every writer at once, one session at a time, and
     * the brief reads their overviews for its tables before its session pages ({@link RunData#forEachOverview}). With
     * more than one thread the workbook and the brief are each written on a thread of their own, fed through a
     * short queue, and the session briefs on {@code threads} threads.
     */
    public List<Path> writeAll(RunData data, Path runFolder) throws IOException {
        if (!Files.isDirectory(runFolder)) {
            throw new IOException("Run folder " + runFolder + " does not exist; create it before writing reports.");
        }
        awaitPreparation();
        RunSummary summary = data.summary();
        // POI logs through the Log4j API, which finds its provider on first use and, if its thread is interrupted
        // meanwhile (as a writer thread is when another writer fails), prints a FATAL line and a stack trace to the
        // console. Finding it here, before any writer thread starts, leaves nothing for an interrupt to break.
        LogManager.getContext(false);
        List<SessionSink> sinks = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            sinks.add(csv.open(data, runFolder));
            sinks.add(json.open(data, runFolder));
            // The warnings are few; read once, they go where their sessions are read: the brief and the session briefs.
            SessionWarnings warnings = SessionWarnings.of(data);
            sinks.add(concurrently(WORKBOOK, () -> workbook.open(data, runFolder.resolve(WORKBOOK))));
            sinks.add(concurrently(BRIEF, () -> brief.open(data, warnings, runFolder.resolve(BRIEF))));
            sinks.add(sessionBriefs.open(summary, warnings, runFolder));
            sinks.add(qda.open(data, runFolder));
            data.forEachSession(session -> {
                for (SessionSink sink : sinks) {
                    sink.add(session);
                }
            });
            for (SessionSink sink : sinks) {
                written.addAll(sink.finish());
            }
        } catch (Throwable e) {
            // The failure that stopped the writing is the one to report; what closing the others says is added.
            close(sinks, e);
            throw e;
        }
        close(sinks, null);
        written.add(manifest.write(summary, runFolder, written));
        return List.copyOf(written);
    }

    private static void awaitPreparation() throws IOException {
        Thread thread = preparing;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while preparing the reports", e);
        }
    }

    private SessionSink concurrently(Path file, SessionSink.Opener opener) throws IOException {
        return threads == 1 ? opener.open() : new AsyncSink(file.toString(), QUEUED_SESSIONS, opener);
    }

    /** Closes every sink; with {@code failure}, what closing throws is added to it, else the first is thrown. */
    private static void close(List<SessionSink> sinks, Throwable failure) throws IOException {
        IOException first = null;
        for (SessionSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
