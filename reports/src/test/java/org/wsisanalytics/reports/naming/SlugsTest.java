package org.wsisanalytics.reports.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.reports.DocumentNumbers;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ../../etc/passwd                                  | etc-passwd
            CON                                               | session-con
            com1                                              | session-com1
            Lpt9                                              | session-lpt9
            a/b\\c                                            | a-b-c
            'Türkiye: ça va?'                                 | turkiye-ca-va
            Lidia Stępińska-Ustasiak, Łódź                    | lidia-stepinska-ustasiak-lodz
            Straße Ørsted Æsir                                | strasse-orsted-aesir
            '  --Leaders TalkX:  When policy meets progress-- ' | leaders-talkx-when-policy-meets-progress
            =SUM(A1) "cyber" resilience                       | sum-a1-cyber-resilience
            ...                                               | session
            🌍🚀                                               | session
            """)
    void foldsAndCleansHostileTitles(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
    }

    @Test
    void emptyNullAndControlCharactersFallBack() {
        assertThat(Slugs.of("")).isEqualTo("session");
        assertThat(Slugs.of(null)).isEqualTo("session");
        assertThat(Slugs.of("\u0000\t\r\n")).isEqualTo("session");
        assertThat(Slugs.of("nul\u0000byte")).isEqualTo("nul-byte");
        assertThat(Slugs.of("Digital 🌍 future")).isEqualTo("digital-future");
    }

    @Test
    void longTitlesAreCutAtAWordWithinSixtyCharacters() {
        String slug = Slugs.of("ICT applications to unlock the full potential of digital ".repeat(9));
        assertThat(slug)
                .hasSizeLessThanOrEqualTo(60)
                .matches("[a-z0-9]+(-[a-z0-9]+)*")
                .isEqualTo("ict-applications-to-unlock-the-full-potential-of-digital-ict");
        assertThat(Slugs.of("x".repeat(500))).isEqualTo("x".repeat(60));
    }

    @Test
    void fileNamesNumberSessionsAndDocumentsAndStayInsideTheSessionsFolder() {
        SessionOutline first = session("a.txt", 1, "../../etc/passwd");
        SessionOutline twelfth = session("a.txt", 12, "CON");
        SessionOutline other = session("b.docx", 5, "a/b\\c");
        SessionFileNames oneDocument = new SessionFileNames(new DocumentNumbers(List.of(document("a.txt", 12))));
        assertThat(oneDocument.fileName(first)).isEqualTo("01-etc-passwd.pdf");
        assertThat(oneDocument.fileName(twelfth)).isEqualTo("12-session-con.pdf");
        SessionFileNames two = new SessionFileNames(
                new DocumentNumbers(List.of(document("a.txt", 12), document("empty.txt", 0), document("b.docx", 5))));
        assertThat(two.fileName(other)).isEqualTo("02-05-a-b-c.pdf");
        Path run = Path.of("/tmp/run");
        assertThat(two.relativePath(first, run)).isEqualTo(Path.of("sessions", "01-01-etc-passwd.pdf"));
        assertThat(run.resolve(two.relativePath(other, run)).normalize().getParent())
                .isEqualTo(run.resolve("sessions"));
    }

    @Test
    void aHundredSessionsGetThreeDigits() {
        SessionOutline last = session("a.txt", 100, "Türkiye");
        SessionFileNames names = new SessionFileNames(new DocumentNumbers(List.of(document("a.txt", 100))));
        assertThat(names.fileName(last)).isEqualTo("100-turkiye.pdf");
        assertThat(names.fileName(session("a.txt", 7, "x"))).isEqualTo("007-x.pdf");
    }

    @Test
    void theLastLineOfDefenceRefusesNamesThatLeaveTheFolder() {
        Path folder = Path.of("/tmp/run/sessions");
        assertThat(SessionFileNames.checkedName(folder, "01-ok.pdf")).isEqualTo(Path.of("01-ok.pdf"));
        for (String bad : List.of("../x.pdf", "..", ".", "a/b.pdf", "/etc/passwd", "", "./01.pdf")) {
            assertThatThrownBy(() -> SessionFileNames.checkedName(folder, bad))
                    .as(bad)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("would not be a file directly in");
        }
    }

    private static ParsedDocumentSummary document(String name, int sessions) {
        return new ParsedDocumentSummary(new DocumentSource(name, "in/" + name, "0".repeat(64), 100), null, sessions);
    }

    private static SessionOutline session(String document, int index, String title) {
        return new SessionOutline(
                document, index, null, title, null, null, null, null, StructureLayer.TEMPLATE, List.of());
    }
}
