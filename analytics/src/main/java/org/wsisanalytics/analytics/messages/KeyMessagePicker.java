package org.wsisanalytics.analytics.messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.wsisanalytics.analytics.text.Sentence;
import org.wsisanalytics.analytics.text.SentenceSplitter;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.KeyMessage;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionOutline;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.WordCount;

/**
 * Picks a session's key messages: sentences quoted verbatim from its message parts (see {@link KeyMessageParts}),
 * most weighty first. Three are taken when the parts hold three; a fourth and fifth only when their own words
 * state a message ("called for", "must"). At most two come from one section while other parts still have
 * sentences, so that a long vision does not crowd out the conclusion. Fragments (fewer than 6 words, a lead-in
 * ending with a colon) and sentences over 60 words are left out: they do not read as messages on their own.
 * Thread-safe: it holds nothing but the weights.
 */
public final class KeyMessagePicker {

    static final int MIN = 3;
    static final int MAX = 5;
    private static final int PER_SECTION = 2;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private final KeyMessageParts parts;

    public KeyMessagePicker(KeyMessageParts parts) {
        this.parts = parts;
    }

    /** The picker with the bundled weights. */
    public static KeyMessagePicker withDefaults() {
        return new KeyMessagePicker(KeyMessageParts.loadDefault());
    }

    /** A tally of the messages the sessions share, with this picker's parts. */
    public SharedMessageTally tally(List<ActionLine> actionLines, Function<String, String> countryName) {
        return new SharedMessageTally(parts, actionLines, countryName);
    }

    private record Candidate(int section, int order, int weight, int cues, String sentence, TextLocation location) {}

    /** The session's key messages, first ranked first; empty when it has no message part. */
    public List<KeyMessage> pick(SessionEvidence evidence) {
        List<Candidate> candidates = candidates(evidence);
        candidates.sort(Comparator.comparingInt(Candidate::weight).reversed().thenComparingInt(Candidate::order));
        List<Candidate> chosen = new ArrayList<>();
        Map<Integer, Integer> perSection = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (chosen.size() < MAX
                    && (chosen.size() < MIN || candidate.cues() > 0)
                    && perSection.getOrDefault(candidate.section(), 0) < PER_SECTION) {
                chosen.add(candidate);
                perSection.merge(candidate.section(), 1, Integer::sum);
            }
        }
        for (Candidate candidate : candidates) {
            if (chosen.size() >= MIN) {
                break;
            }
            if (!chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::weight).reversed().thenComparingInt(Candidate::order));
        List<KeyMessage> messages = new ArrayList<>();
        for (Candidate candidate : chosen) {
            SectionOutline section = evidence.session().sections().get(candidate.section());
            messages.add(new KeyMessage(
                    evidence.key(),
                    messages.size() + 1,
                    candidate.sentence(),
                    section.type(),
                    section.heading(),
                    Citation.of(evidence.session(), section.heading(), candidate.location()),
                    candidate.location()));
        }
        return messages;
    }

    /** A sentence that reads as a message on its own: 6 to 60 words, not a lead-in ending with a colon. */
    static boolean readsAlone(String sentence) {
        int words = WordCount.of(sentence);
        return words >= MIN_WORDS && words <= MAX_WORDS && !sentence.strip().endsWith(":");
    }

    private List<Candidate> candidates(SessionEvidence evidence) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<SectionOutline> sections = evidence.session().sections();
        int order = 0;
        for (int i = 0; i < sections.size(); i++) {
            int sectionWeight =
                    parts.sectionWeight(sections.get(i).type(), sections.get(i).heading());
            if (sectionWeight == 0) {
                continue;
            }
            Section full = evidence.sections().get(i);
            for (Sentence sentence : SentenceSplitter.split(full.text())) {
                String text = sentence.plainText();
                if (!readsAlone(text) || !seen.add(text)) {
                    continue;
                }
                int cues = parts.sentenceWeight(text);
                candidates.add(new Candidate(
                        i,
                        order++,
                        sectionWeight * 10 + cues,
                        cues,
                        text,
                        full.location(sentence.start(), sentence.end())));
            }
        }
        return candidates;
    }
}
