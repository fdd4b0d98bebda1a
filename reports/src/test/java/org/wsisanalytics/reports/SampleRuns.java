package org.wsisanalytics.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.wsisanalytics.model.oracle.InMemoryRunData;

/**
 * Writes sample runs for looking at the outputs by eye (not a test):
 * the fixture, a 60-session document, three documents of 120 sessions in all (their group rows across page
 * ends), a session that runs over three pages and a run in which nothing could be read.
 * Usage: {@code java -cp ... org.wsisanalytics.reports.SampleRuns /tmp/wsis-samples}
 */
public final class SampleRuns {

    private SampleRuns() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/sample-runs");
        write(root.resolve("fixture"), ReportFixture.result());
        write(root.resolve("sixty-sessions"), ReportFixture.manySessions(60));
        write(root.resolve("three-documents"), ReportFixture.sessionsInDocuments(20, 50, 50));
        write(root.resolve("long-session"), ReportFixture.oneLongSession(64));
        write(root.resolve("nothing-read"), ReportFixture.nothingRead());
    }

    private static void write(Path folder, org.wsisanalytics.model.oracle.AnalysisResult result) throws IOException {
        Files.createDirectories(folder);
        System.out.println(folder + ": " + new ReportWriter().writeAll(InMemoryRunData.of(result), folder));
    }
}
