package org.wsisanalytics.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.util.unit.DataSize;
import org.wsisanalytics.app.SettingsMetadata;
import tools.jackson.databind.JsonNode;

class UsageTest {

    @Test
    void theHelpListsEveryOptionTheCommandLineAccepts() {
        assertThat(Usage.OPTIONS)
                .containsExactlyInAnyOrder("input", "output", "run-date", "schedule", "verbose", "help", "version");
        for (String option : Usage.OPTIONS) {
            assertThat(Usage.TEXT).as("--" + option).containsPattern("(?m)^  --" + option + "\\b");
            // and the parser takes each of them
            RunOptions.parse(
                    new DefaultApplicationArguments("--" + option
                            + ("schedule".equals(option)
                                    ? "=0 0 6 * * MON"
                                    : "run-date".equals(option) ? "=2025-07-11" : "=x")),
                    Path.of("r"),
                    LocalDate.of(2025, 7, 11));
        }
    }

    /** The settings' one source is WsisAnalyticsProperties; the metadata the build writes from it checks the help. */
    @Test
    void theHelpListsEverySettingWithItsDefault() throws IOException {
        int settings = 0;
        for (JsonNode property : SettingsMetadata.read().get("properties")) {
            String name = property.get("name").asString();
            if (property.has("deprecation")) {
                assertThat(Usage.TEXT).as(name).doesNotContain("--" + name + "=");
                continue;
            }
            Matcher given =
                    Pattern.compile("--" + Pattern.quote(name) + "=(\\S+)").matcher(Usage.TEXT);
            assertThat(given.find()).as(name).isTrue();
            if (property.has("defaultValue")) {
                String help = given.group(1);
                String declared = property.get("defaultValue").asString();
                if ("org.springframework.util.unit.DataSize"
                        .equals(property.get("type").asString())) {
                    assertThat(DataSize.parse(help)).as(name).isEqualTo(DataSize.parse(declared));
                } else {
                    assertThat(help).as(name).isEqualTo(declared);
                }
            }
            settings++;
        }
        assertThat(settings).isEqualTo(12);
    }

    @Test
    void helpAndVersionAreAnsweredWithoutTheApplication() {
        assertThat(Usage.quickAnswer(new String[] {"--input=x", "--help"})).contains(Usage.TEXT);
        assertThat(Usage.quickAnswer(new String[] {"-h"})).contains(Usage.TEXT);
        assertThat(Usage.quickAnswer(new String[] {"--version"}))
                .contains("wsis-analytics "
                        + org.wsisanalytics.app.job.AppVersion.fromBuildInfo().value());
        assertThat(Usage.quickAnswer(new String[] {"--input=--help.txt"})).isEmpty();
    }

    @Test
    void verboseShowsOurDebugLog() {
        assertThat(Usage.withLogLevels(new String[] {"--input=a", "--verbose"}))
                .startsWith("--input=a", "--verbose", "--logging.level.org.wsisanalytics=DEBUG")
                .contains("--logging.level.org.springframework.batch.core.step.item.ChunkOrientedStep=ERROR")
                .hasSize(3 + Usage.QUIETED_LOGGERS.size());
        String[] plain = {"--input=a"};
        assertThat(Arrays.asList(Usage.withLogLevels(plain))).containsExactly("--input=a");
    }

    @Test
    void usageErrorsOnTheCommandLineAreFoundWithoutTheApplication(@org.junit.jupiter.api.io.TempDir Path work)
            throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(work.resolve("a.txt"), "text");

        assertThat(Usage.quickUsageError(new String[] {"--input=" + file + "," + work.resolve("b.txt")}))
                .contains("The input '" + work.resolve("b.txt") + "' does not exist; check the --input path (files or"
                        + " folders, separated by commas).");
        assertThat(Usage.quickUsageError(new String[] {"--input=" + file, "--output=" + file}))
                .contains("The output folder '" + file + "' is a file; give --output a folder.");
        assertThat(Usage.quickUsageError(new String[] {"--input=" + file, "--output=" + work.resolve("out")}))
                .isEmpty();
        assertThat(Usage.quickUsageError(new String[0])).isEmpty();
    }

    @Test
    void verboseBringsBackEveryLoggerTheSettingsSwitchOff() throws java.io.IOException {
        java.util.Properties settings = new java.util.Properties();
        try (var in = Usage.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        List<String> off = settings.stringPropertyNames().stream()
                .filter(name -> name.startsWith("logging.level.")
                        && settings.getProperty(name).equals("OFF"))
                .map(name -> name.substring("logging.level.".length()))
                .filter(name -> name.startsWith("org.springframework.batch")
                        || name.startsWith("org.springframework.transaction"))
                .sorted()
                .toList();
        assertThat(off).containsExactlyInAnyOrderElementsOf(Usage.QUIETED_LOGGERS);
    }
}
