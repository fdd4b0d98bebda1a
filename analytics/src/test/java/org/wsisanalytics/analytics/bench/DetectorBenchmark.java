package org.wsisanalytics.analytics.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.actionlines.ActionLineNameDetector;
import org.wsisanalytics.analytics.countries.CountryDetector;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.figures.FigureDetector;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.analytics.themes.ThemeDetector;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.Session;

/**
 * Throughput of each detector over the 13 sessions of the bundled sample, cut by
 * {@link SampleSessions#sessions()} (the sample as ingest reads it): one operation runs the detector on every session once.
 * {@link BenchmarkLauncher} turns operations per second into MB/s of section text (UTF-8).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectorBenchmark {

    private List<Session> sessions;
    private ActionLineDetector actionLines;
    private ActionLineNameDetector actionLineNames;
    private CountryDetector countries;
    private ThemeDetector themes;
    private FigureDetector figures;

    @Setup
    public void setUp() {
        sessions = SampleSessions.sessions();
        actionLines = new ActionLineDetector(ActionLineCatalog.loadDefault());
        actionLineNames = new ActionLineNameDetector(ActionLineCatalog.loadDefault());
        countries = new CountryDetector(Gazetteer.loadDefault());
        themes = new ThemeDetector(ThemeTaxonomy.loadDefault());
        figures = new FigureDetector();
    }

    /** UTF-8 bytes of all section texts of the sample: the input of one operation. */
    static long bytesPerOperation() {
        return SampleSessions.sessions().stream()
                .flatMap(s -> s.sections().stream())
                .mapToLong(section -> section.text().getBytes(StandardCharsets.UTF_8).length)
                .sum();
    }

    @Benchmark
    public void actionLines(Blackhole out) {
        for (Session session : sessions) {
            out.consume(actionLines.detect(session));
        }
    }

    @Benchmark
    public void actionLineNames(Blackhole out) {
        for (Session session : sessions) {
            out.consume(actionLineNames.detect(session));
        }
    }

    @Benchmark
    public void countries(Blackhole out) {
        for (Session session : sessions) {
            out.consume(countries.detect(session));
        }
    }

    @Benchmark
    public void themes(Blackhole out) {
        for (Session session : sessions) {
            out.consume(themes.detect(session));
        }
    }

    @Benchmark
    public void figures(Blackhole out) {
        for (Session session : sessions) {
            out.consume(figures.detect(session));
        }
    }
}
