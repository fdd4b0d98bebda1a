package org.wsisanalytics.analytics.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsisanalytics.analytics.data.ReferenceFile;
import org.wsisanalytics.model.EventKey;

class EventCatalogTest {

    private final EventCatalog catalog = EventCatalog.loadDefault();

    /** The titles and file names of the sample and of the layout corpus (samples/corpus). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "WSIS+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators"
                        + " | wsis20-hltf-summaries-2025.txt | WSIS+20 High-Level Event | 2025",
                "Consultation on implementing WSIS outcomes related to Action Line C2 (Information and communication"
                        + " infrastructure) | alfm-c2-2025-report-hardwrapped.txt | Action Line Facilitation Meeting"
                        + " | 2025",
                "Facilitation meeting on WSIS Action Line C3: report of the facilitator | alfm-c3-2025-report.md"
                        + " | Action Line Facilitation Meeting | 2025",
                "Asia-Pacific Regional Review of WSIS Implementation 2025 | asiapac-2025-review-two-level.txt"
                        + " | Asia-Pacific Regional Review of WSIS Implementation | 2025",
                "Commission on Science and Technology for Development Twenty-eighth session"
                        + " | cstd-2025-note-flattened.pdf | Commission on Science and Technology for Development | 2025",
                "WSIS Forum 2024 - sessions saved from the agenda (copied from the web pages, 3 June 2024)"
                        + " | forum-2024-sessions-pasted.txt | WSIS Forum | 2024",
                "WSIS Forum 2025 Agenda: Tuesday, 8 July 2025 | forum-2025-agenda-day2.html | WSIS Forum | 2025",
                "IGF 2025 Session Reports: sessions on WSIS follow-up | igf-2025-session-reports.txt"
                        + " | Internet Governance Forum | 2025",
                "WSIS Prizes 2025 | prizes-2025-champions.docx | WSIS Prizes | 2025",
                "WSIS Action Line Facilitators Meeting 2021: Summaries | summaries-0003.txt"
                        + " | Action Line Facilitation Meeting | 2021",
                "WSIS+20 open consultation | roundtables-2025-word-bold.docx | WSIS+20 open consultation | 2025",
                "WSIS+20 review: written submission | submission-who-c7-ehealth-2025.docx | WSIS+20 review | 2025",
                "Forum régional SMSI – Afrique de l'Ouest 2025 | westafrica-2025-synthese-fr.html"
                        + " | Forum régional SMSI – Afrique de l'Ouest | 2025",
                "WSIS+20 Vision beyond 2025: draft outcome by action line | wsis20-vision-outcome-draft.html"
                        + " | WSIS+20 Vision beyond 2025 |",
            })
    void titlesNameTheirEventAndYear(String title, String file, String event, Integer year) {
        assertThat(catalog.of(title, file)).isEqualTo(new EventKey(event, year));
    }

    @Test
    void aDocumentWithoutTitleIsNamedByItsFile() {
        assertThat(catalog.of(null, "notes-2023.txt")).isEqualTo(new EventKey("notes", 2023));
        assertThat(catalog.of(" ", "notes.txt")).isEqualTo(new EventKey("notes", null));
    }

    @Test
    void aHorizonIsNoYearButALaterYearIs() {
        assertThat(catalog.of("Towards 2030: WSIS Forum 2026 outcome", "outcome.pdf"))
                .isEqualTo(new EventKey("WSIS Forum", 2026));
        assertThat(catalog.of("Regional meeting in Toronto 2024: report", "report.txt"))
                .as("a word that ends like a horizon word is none")
                .isEqualTo(new EventKey("Regional meeting in Toronto", 2024));
    }

    @Test
    void aBrokenRowIsNamedByItsLine() {
        ReferenceFile file = ReferenceFile.parse("events from 'my-events.tsv'", "# events\nWSIS Forum\tWSIS (Forum\n");

        assertThatThrownBy(() -> EventCatalog.parse(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot read events from 'my-events.tsv', line 2: the regular expression");
    }
}
