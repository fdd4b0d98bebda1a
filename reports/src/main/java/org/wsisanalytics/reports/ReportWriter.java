package org.wsisanalytics.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.reports.coverage.CoverageMatrix;
import org.wsisanalytics.reports.csv.CsvExporter;
import org.wsisanalytics.reports.json.AnalysisJsonWriter;
import org.wsisanalytics.reports.manifest.ManifestWriter;
import org.wsisanalytics.reports.pdf.BriefWriter;
import org.wsisanalytics.reports.pdf.SessionBriefWriter;
import org.wsisanalytics.reports.workbook.WorkbookWriter;

/**
 * Writes every output of a run: the CSV exports, {@code analysis.json}, the workbook, the PDF brief,
 * one PDF per session and, last, the manifest with the checksums of all the others. File names are
 * fixed except the session briefs', whose slug is made safe by {@code naming.Slugs} and checked to
 * stay inside {@code sessions/}.
 */
public final class ReportWriter {

    public static final Path WORKBOOK = Path.of("wsis-analytics.xlsx");
    public static final Path BRIEF = Path.of("wsis-analytics-brief.pdf");

    private final CsvExporter csv = new CsvExporter();
    private final AnalysisJsonWriter json = new AnalysisJsonWriter();
    private final WorkbookWriter workbook = new WorkbookWriter();
    private final BriefWriter brief = new BriefWriter();
    private final SessionBriefWriter sessionBriefs;
    private final ManifestWriter manifest = new ManifestWriter();
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
        this.sessionBriefs = new SessionBriefWriter(threads);
        this.threads = threads;
    }

    /** Writes every output of a result held in memory; see {@link #writeAll(RunData, Path)}. */
    public List<Path> writeAll(AnalysisResult result, Path runFolder) throws IOException {
        return writeAll(RunData.of(result), runFolder);
    }

    /**
     * Writes every output of a run into runFolder (which exists and is empty) and returns the files written,
     * relative to runFolder. Only the run's summary is held in memory; each writer that needs the sessions'
     * evidence walks them with {@link RunData#forEachSession}, one session at a time.
     */
    public List<Path> writeAll(RunData data, Path runFolder) throws IOException {
        if (!Files.isDirectory(runFolder)) {
            throw new IOException("Run folder " + runFolder + " does not exist; create it before writing reports.");
        }
        RunSummary summary = data.summary();
        CoverageMatrix matrix = CoverageMatrix.of(summary);
        List<Path> written = new ArrayList<>(csv.writeAll(data, runFolder));
        written.add(json.write(data, matrix, runFolder));
        if (threads == 1) {
            workbook.write(data, matrix, runFolder.resolve(WORKBOOK));
            brief.write(data, matrix, runFolder.resolve(BRIEF));
            written.addAll(List.of(WORKBOOK, BRIEF));
            written.addAll(sessionBriefs.writeAll(data, matrix, runFolder));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> workbookDone = pool.submit(() -> {
                    workbook.write(data, matrix, runFolder.resolve(WORKBOOK));
                    return null;
                });
                Future<?> briefDone = pool.submit(() -> {
                    brief.write(data, matrix, runFolder.resolve(BRIEF));
                    return null;
                });
                List<Path> sessions = sessionBriefs.writeAll(data, matrix, runFolder);
                await(workbookDone, WORKBOOK);
                await(briefDone, BRIEF);
                written.addAll(List.of(WORKBOOK, BRIEF));
                written.addAll(sessions);
            } finally {
                pool.shutdownNow();
            }
        }
        written.add(manifest.write(summary, runFolder, written));
        return List.copyOf(written);
    }

    private static void await(Future<?> file, Path name) throws IOException {
        try {
            file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Cannot write " + name + ": " + e.getCause(), e.getCause());
        }
    }
}
