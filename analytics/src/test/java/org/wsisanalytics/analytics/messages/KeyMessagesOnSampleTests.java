package org.wsisanalytics.analytics.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.oracle.InMemoryAggregation;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.analytics.themes.ThemeDetector;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.KeyMessage;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.SharedMessage;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeMention;

/** Key messages of the sample's 13 sessions as the report step picks them. */
class KeyMessagesOnSampleTests {

    private static final KeyMessagePicker PICKER = KeyMessagePicker.withDefaults();

    @Test
    void session12OpensWithTheSentenceOfItsConclusionAndSession13WithItsFreshPriorities() {
        List<KeyMessage> twelve = PICKER.pick(evidence(SampleSessions.sessions().get(11)));
        assertThat(twelve).hasSize(4);
        KeyMessage first = twelve.get(0);
        assertThat(first.sentence())
                .isEqualTo("This session demonstrated that WSIS's people-centred vision remains vital.");
        assertThat(first.part()).isEqualTo(SectionType.CONCLUSION);
        assertThat(first.heading()).isEqualTo("Conclusion");
        assertThat(first.citation())
                .as("the sentence is on line 904 of the text sample")
                .isEqualTo("wsis20-hltf-summaries-2025.txt, session 12 (no. 436), \u201CConclusion\u201D, line 904");
        assertThat(first.location()).isEqualTo(TextLocation.line(904));
        assertThat(twelve.subList(1, 4))
                .extracting(KeyMessage::heading)
                .containsExactly("Vision for WSIS Beyond 2025", "Vision for WSIS Beyond 2025", "Fresh Priorities");

        List<KeyMessage> thirteen =
                PICKER.pick(evidence(SampleSessions.sessions().get(12)));
        assertThat(thirteen.get(0).sentence())
                .startsWith("Protecting local languages and cultures in the AI era was"
                        + " also highlighted as a priority");
        assertThat(thirteen).extracting(KeyMessage::heading).containsOnly("Fresh Priorities");
    }

    @Test
    void everySessionGetsTwoToFiveMessagesFortyTwoInAll() {
        List<Integer> counts = new ArrayList<>();
        for (Session session : SampleSessions.sessions()) {
            counts.add(PICKER.pick(evidence(session)).size());
        }
        // Session 4 has a vision of 75 words and no priorities or conclusion, so two sentences; session 9 has
        // five: two of its headings say what matters ("... IS ESSENTIAL ...") and three sentences call for it.
        assertThat(counts).containsExactly(3, 3, 3, 2, 3, 3, 4, 3, 5, 3, 3, 4, 3);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(42);
    }

    @Test
    void everyMessageIsASentenceOfItsPartAsWrittenRankedFromOne() {
        for (Session session : SampleSessions.sessions()) {
            List<KeyMessage> messages = PICKER.pick(evidence(session));
            for (int i = 0; i < messages.size(); i++) {
                KeyMessage message = messages.get(i);
                assertThat(message.rank()).isEqualTo(i + 1);
                String text = session.sections().stream()
                        .filter(s -> s.heading().equals(message.heading()))
                        .map(s -> s.text().replaceAll("\\s+", " "))
                        .findFirst()
                        .orElseThrow();
                assertThat(text)
                        .as("session %d", session.index())
                        .contains(message.sentence()
                                .substring(0, message.sentence().length() - 1));
            }
        }
    }

    @Test
    void theThemeMostSessionsShareIsAiWithAKeyMessageAsItsQuote() {
        ThemeDetector themes = new ThemeDetector(ThemeTaxonomy.loadDefault());
        SharedMessageTally tally = PICKER.tally(List.of(new ActionLine("C1", 1, "Public governance")), iso2 -> iso2);
        for (Session session : SampleSessions.sessions()) {
            List<ThemeMention> mentions = themes.detect(session);
            SessionEvidence evidence = new SessionEvidence(
                    new SessionOverview(
                            SessionOutline.of(session),
                            List.of(),
                            InMemoryAggregation.themeCounts(mentions),
                            List.of(),
                            List.of()),
                    List.of(),
                    List.of(),
                    List.of(),
                    mentions,
                    List.of(),
                    session.sections(),
                    List.of());
            tally.add(evidence, PICKER.pick(evidence));
        }
        List<SharedMessage> shared = tally.messages();
        assertThat(shared).extracting(SharedMessage::kind).containsOnly(SharedMessage.Kind.THEME);
        SharedMessage ai = shared.get(0);
        assertThat(ai.label()).isEqualTo("AI");
        assertThat(ai.sessions()).isEqualTo(12);
        // Session 2's third key message names AI ("language models"); session 1's do not.
        assertThat(ai.quote())
                .isEqualTo("There needs to be appropriate international support for local communities"
                        + " to build their own language models, reflecting their right to cultural autonomy.");
        assertThat(ai.citation())
                .isEqualTo(
                        "wsis20-hltf-summaries-2025.txt, session 2 (no. 379), \u201CFresh priorities\u201D, line 189");
        assertThat(ai.location()).isEqualTo(TextLocation.line(189));
        assertThat(ai.session()).isEqualTo(new SessionKey("wsis20-hltf-summaries-2025.txt", 2));
        assertThat(shared).hasSize(SharedMessageTally.PER_KIND);
    }

    private static SessionEvidence evidence(Session session) {
        return new SessionEvidence(
                new SessionOverview(SessionOutline.of(session), List.of(), List.of(), List.of(), List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                session.sections(),
                List.of());
    }
}
