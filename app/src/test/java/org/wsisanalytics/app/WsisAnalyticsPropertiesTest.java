package org.wsisanalytics.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.wsisanalytics.ingest.IngestLimits;
import tools.jackson.databind.JsonNode;

/**
 * The settings as a user meets them: each case starts a small Spring application with the project's
 * application.properties, spring.factories and Bean Validation, so binding, the renamed names' warnings and the
 * one-line report of an invalid value are the real ones.
 */
@ExtendWith(OutputCaptureExtension.class)
class WsisAnalyticsPropertiesTest {

    @Test
    void withoutSettingsTheDefaultsAreTheIngestModulesAndTheDeclaredOnes(CapturedOutput output) {
        WsisAnalyticsProperties settings = start();

        assertThat(settings.ingest().limits()).isEqualTo(IngestLimits.defaults());
        assertThat(settings.ingest().maxFileSize().toMegabytes()).isEqualTo(50);
        assertThat(settings.job().chunkSize()).isEqualTo(20);
        assertThat(settings.job().threads()).isZero();
        assertThat(settings.job().workerThreads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(settings.report().batchDocuments()).isEqualTo(20);
        assertThat(settings.output()).isEqualTo(Path.of("reports"));
        assertThat(settings.dataDir()).isEqualTo(Path.of("data"));
        assertThat(settings.reference().themesFile()).isNull();
        assertThat(output).doesNotContain("deprecated");
    }

    @Test
    void theNamesInGroupsSetTheValues(CapturedOutput output) {
        WsisAnalyticsProperties settings = start(
                "--wsis.ingest.max-file-size=2MB",
                "--wsis.ingest.max-pages=30",
                "--wsis.ingest.max-text-chars=4000",
                "--wsis.job.chunk-size=5",
                "--wsis.job.threads=3",
                "--wsis.report.batch-documents=7",
                "--wsis.reference.themes-file=own/themes.tsv",
                "--wsis.reference.action-lines-file=own/lines.tsv",
                "--wsis.reference.country-aliases-file=a.tsv",
                "--wsis.reference.events-file=own/events.tsv");

        assertThat(settings.ingest().limits()).isEqualTo(new IngestLimits(2 * 1024 * 1024, 30, 4000));
        assertThat(settings.job().chunkSize()).isEqualTo(5);
        assertThat(settings.job().workerThreads()).isEqualTo(3);
        assertThat(settings.report().batchDocuments()).isEqualTo(7);
        assertThat(settings.reference())
                .isEqualTo(new WsisAnalyticsProperties.Reference(
                        Path.of("own/lines.tsv"),
                        Path.of("a.tsv"),
                        Path.of("own/themes.tsv"),
                        Path.of("own/events.tsv")));
        assertThat(output).doesNotContain("deprecated");
    }

    @Test
    void aPlainNumberIsStillBytes() {
        assertThat(start("--wsis.ingest.max-file-size=1000000")
                        .ingest()
                        .limits()
                        .maxFileBytes())
                .isEqualTo(1_000_000);
    }

    @Test
    void theFlatNamesStillWorkAndWarn(CapturedOutput output) {
        WsisAnalyticsProperties settings = start(
                "--wsis.max-file-bytes=1000000",
                "--wsis.threads=2",
                "--wsis.report-batch-documents=3",
                "--wsis.themes-file=old/themes.tsv");

        assertThat(settings.ingest().limits()).isEqualTo(new IngestLimits(1_000_000));
        assertThat(settings.job().threads()).isEqualTo(2);
        assertThat(settings.report().batchDocuments()).isEqualTo(3);
        assertThat(settings.reference().themesFile()).isEqualTo(Path.of("old/themes.tsv"));
        assertThat(output)
                .contains("WARN  The setting wsis.max-file-bytes is deprecated and will be removed in the"
                        + " next release; write wsis.ingest.max-file-size instead.")
                .contains("The setting wsis.threads is deprecated and will be removed in the next release; write"
                        + " wsis.job.threads instead.")
                .contains("write wsis.report.batch-documents instead.")
                .contains("write wsis.reference.themes-file instead.");
    }

    @Test
    void whenBothNamesAreSetTheNewOneWins(CapturedOutput output) {
        WsisAnalyticsProperties settings = start("--wsis.threads=2", "--wsis.job.threads=4");

        assertThat(settings.job().threads()).isEqualTo(4);
        assertThat(output)
                .contains("The setting wsis.threads is deprecated and was ignored, since wsis.job.threads"
                        + " is set too; remove wsis.threads.");
    }

    @Test
    void anInvalidValueStopsTheStartWithASentenceNamingTheSettingAsWritten() {
        assertThat(failure("--wsis.ingest.max-pages=0"))
                .isEqualTo("The setting wsis.ingest.max-pages=0 is invalid:"
                        + " it must be greater than 0; Correct it on the command line or in the application.properties beside"
                        + " the jar (see --help).");
        assertThat(failure("--wsis.job.threads=-1", "--wsis.report.batch-documents=0"))
                .contains("The setting wsis.job.threads=-1 is invalid: it must be greater than or equal to 0.")
                .contains("The setting wsis.report.batch-documents=0 is invalid: it must be greater than 0")
                .endsWith("; Correct them on the command line or in the application.properties beside the jar (see"
                        + " --help).");
    }

    @Test
    void aSizeOfNothingIsInvalid() {
        assertThat(failure("--wsis.ingest.max-file-size=0KB"))
                .startsWith("The setting wsis.ingest.max-file-size=0KB"
                        + " is invalid: it must be at least 1 byte (e.g. 52428800 or 50MB);");
    }

    @Test
    void anOldNameWithAnInvalidValueIsReportedUnderItsNewName(CapturedOutput output) {
        assertThat(failure("--wsis.chunk-size=0"))
                .startsWith("The setting wsis.job.chunk-size=0 is invalid: it must be" + " greater than 0;");
        assertThat(output).contains("write wsis.job.chunk-size instead.");
    }

    @Test
    void aValueThatIsNoNumberIsExplainedBySpringBoot() {
        // A conversion failure is not a validation failure: Spring Boot's own analysis names the property.
        assertThatThrownBy(() -> start("--wsis.job.threads=many")).hasRootCauseInstanceOf(NumberFormatException.class);
    }

    @Test
    void theMetadataDeclaresEveryRenameThatIsMappedAndEveryReplacementExists() throws IOException {
        Map<String, String> declared = new LinkedHashMap<>();
        Set<String> current = new HashSet<>();
        for (JsonNode property : SettingsMetadata.read().get("properties")) {
            if (property.has("deprecation")) {
                declared.put(
                        property.get("name").asString(),
                        property.get("deprecation").get("replacement").asString());
            } else {
                current.add(property.get("name").asString());
            }
        }
        assertThat(declared).isEqualTo(RenamedSettings.RENAMED);
        assertThat(current).containsAll(RenamedSettings.RENAMED.values()).contains("wsis.output", "wsis.data-dir");
    }

    /** The description and action the one-line reporter prints when the start fails with these arguments. */
    private static String failure(String... args) {
        Throwable failure = catchThrowable(() -> start(args));
        assertThat(failure).isInstanceOf(ConfigurationPropertiesBindException.class);
        FailureAnalysis analysis = new SettingsFailureAnalyzer().analyze(failure);
        return analysis.getDescription() + "; " + analysis.getAction();
    }

    private static WsisAnalyticsProperties start(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.lazy-initialization=false")
                .run(args)) {
            return context.getBean(WsisAnalyticsProperties.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WsisAnalyticsProperties.class)
    static class Settings {}
}
