package org.wsisanalytics.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class RunOptionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static RunOptions parse(String... args) {
        return RunOptions.parse(new DefaultApplicationArguments(args), Path.of("reports"), TODAY);
    }

    @Test
    void defaultsToTheBundledSampleTodayAndReports() {
        RunOptions options = parse();
        assertThat(options.inputs()).isEmpty();
        assertThat(options.output()).isEqualTo(Path.of("reports"));
        assertThat(options.runDate()).isEqualTo(TODAY);
    }

    @Test
    void readsCommaSeparatedAndRepeatedInputs() {
        RunOptions options = parse("--input=a.txt, b", "--input=c.pdf", "--output=out", "--run-date=2025-07-11");
        assertThat(options.inputs()).containsExactly(Path.of("a.txt"), Path.of("b"), Path.of("c.pdf"));
        assertThat(options.output()).isEqualTo(Path.of("out"));
        assertThat(options.runDate()).isEqualTo(LocalDate.of(2025, 7, 11));
    }

    @Test
    void leavesSpringPropertiesToSpring() {
        assertThat(parse("--spring.datasource.url=jdbc:h2:mem:x", "--wsis.job.chunk-size=5")
                        .inputs())
                .isEmpty();
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> parse("--inptu=x")).hasMessage("Unknown option --inptu.");
        assertThatThrownBy(() -> parse("--run-date=11/07/2025"))
                .hasMessageContaining("Invalid --run-date '11/07/2025': expected YYYY-MM-DD");
        assertThatThrownBy(() -> parse("report.pdf")).hasMessageContaining("--input=PATH");
        assertThatThrownBy(() -> parse("--output=a", "--output=b")).hasMessageContaining("once");
    }

    @Test
    void runIdentityComesFromInputsAndDate() {
        var source = new org.wsisanalytics.model.DocumentSource("a.txt", "/in/a.txt", "b".repeat(64), 3);
        RunRequest one = new RunRequest(List.of(source), List.of(), LocalDate.of(2025, 7, 11), Path.of("r"));
        RunRequest sameElsewhere = new RunRequest(List.of(source), List.of(), LocalDate.of(2025, 7, 11), Path.of("x"));
        RunRequest nextDay = new RunRequest(List.of(source), List.of(), LocalDate.of(2025, 7, 12), Path.of("r"));
        assertThat(one.runId())
                .isEqualTo(sameElsewhere.runId())
                .startsWith("2025-07-11-")
                .hasSize(21);
        assertThat(nextDay.runId()).startsWith("2025-07-12-");
        assertThat(nextDay.fingerprint()).isEqualTo(one.fingerprint());
    }

    @Test
    void readsASchedule() {
        RunOptions options = parse("--schedule=0 0 6 * * MON", "--input=inbox");
        assertThat(options.schedule()).isNotNull();
        assertThat(options.schedule().toString()).isEqualTo("0 0 6 * * MON");
        assertThat(options.forRunDate(LocalDate.of(2026, 11, 30)).runDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(options.forRunDate(LocalDate.of(2026, 11, 30)).inputs()).containsExactly(Path.of("inbox"));
    }

    @Test
    void explainsABadSchedule() {
        assertThatThrownBy(() -> parse("--schedule=every monday"))
                .hasMessageStartingWith("Invalid --schedule 'every monday'")
                .hasMessageContaining("0 0 6 * * MON");
        assertThatThrownBy(() -> parse("--schedule=0 0 6 * * MON", "--run-date=2025-07-11"))
                .hasMessageContaining("either --schedule or --run-date");
    }
}
