package org.wsisanalytics.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample's sessions as read by hand, from {@code expected/sessions.tsv} (shared with the ingest
 * module's tests).
 *
 * @param index position in the document
 * @param sessionId the event's session number
 * @param title the title as written above the summary
 * @param facilitator the facilitator as named in the summary
 * @param facilitatorListed the facilitator as listed in the facilitators table
 * @param facilitatorOrganization the facilitator's organisation as the facilitators table gives it
 */
record ExpectedSessions(
        int index,
        String sessionId,
        String title,
        String facilitator,
        String facilitatorListed,
        String facilitatorOrganization) {

    static List<ExpectedSessions> all() {
        try {
            return Files.readAllLines(Path.of("expected/sessions.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("index\t") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(c -> new ExpectedSessions(Integer.parseInt(c[0]), c[1], c[2], c[3], c[4], c[5]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
