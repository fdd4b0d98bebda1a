package org.wsisanalytics.analytics.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
import org.wsisanalytics.analytics.figures.FigureDetector;
import org.wsisanalytics.analytics.themes.SampleDocument;
import org.wsisanalytics.analytics.themes.ThemeDetector;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.Session;

/**
 * Throughput of each detector over the 13 sessions of the bundled sample: one operation runs the detector on every
 * session once. {@link BenchmarkLauncher} turns operations per second into MB/s of section text (UTF-8).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectorBenchmark {

    /** The country detector is looked up by name so that this benchmark compiles before it exists. */
    static final String COUNTRY_DETECTOR = "org.wsisanalytics.analytics.countries.CountryDetector";
    static final String GAZETTEER = "org.wsisanalytics.analytics.countries.Gazetteer";

    private List<Session> sessions;
    private ActionLineDetector actionLines;
    private ThemeDetector themes;
    private FigureDetector figures;
    private Object countries;
    private MethodHandle detectCountries;

    @Setup
    public void setUp() throws ReflectiveOperationException {
        sessions = SampleDocument.sessions();
        actionLines = new ActionLineDetector(ActionLineCatalog.loadDefault());
        themes = new ThemeDetector(ThemeTaxonomy.loadDefault());
        figures = new FigureDetector();
        if (countryDetectorAvailable()) {
            Class<?> gazetteer = Class.forName(GAZETTEER);
            Class<?> detector = Class.forName(COUNTRY_DETECTOR);
            countries = detector.getConstructor(gazetteer).newInstance(gazetteer.getMethod("loadDefault").invoke(null));
            detectCountries = MethodHandles.publicLookup().findVirtual(detector, "detect",
                    MethodType.methodType(List.class, Session.class)).bindTo(countries);
        }
    }

    static boolean countryDetectorAvailable() {
        try {
            Class.forName(COUNTRY_DETECTOR);
            Class.forName(GAZETTEER);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** UTF-8 bytes of all section texts of the sample: the input of one operation. */
    static long bytesPerOperation() {
        return SampleDocument.sessions().stream()
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

    @Benchmark
    public void countries(Blackhole out) throws Throwable {
        if (detectCountries == null) {
            throw new IllegalStateException(COUNTRY_DETECTOR + " is not on the classpath; exclude this benchmark.");
        }
        for (Session session : sessions) {
            out.consume((List<?>) detectCountries.invoke(session));
        }
    }
}
