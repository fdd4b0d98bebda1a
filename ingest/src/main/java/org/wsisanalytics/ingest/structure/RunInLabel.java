package org.wsisanalytics.ingest.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.model.SectionType;

/**
 * A section label written inside a paragraph instead of above it, as in
 * "... reduce the technological divide. Links to WSIS Action Lines: the discussions highlighted ...".
 * Downstream needs to know that what follows the label is the session's list of action-line links,
 * so such a paragraph is cut at the label.
 *
 * @param before the paragraph's text before the label, trimmed (may be empty)
 * @param label the label as written, without its colon
 * @param after the rest of the paragraph after the colon
 */
record RunInLabel(String before, String label, String after) {

    /** A label starts a sentence, has at most a few words and ends with a colon. */
    private static final Pattern LABEL =
            Pattern.compile("(?:^|(?<=[.!?][\"”’)]?\\s))(\\p{Lu}[^.:!?\\n]{2,80}?)\\s*:\\s+(?=\\S)");

    private static final int MAX_LABEL_WORDS = 8;

    /**
     * The first run-in label in the paragraph that the classifier reads as {@code wanted}, if any.
     * Only labels of that one type are looked for: elsewhere "Key achievements: (a) ..." is an
     * ordinary lead-in, and cutting at it would scatter a section into fragments.
     */
    static Optional<RunInLabel> find(String paragraph, SectionClassifier classifier, SectionType wanted) {
        Matcher matcher = LABEL.matcher(paragraph);
        while (matcher.find()) {
            String label = matcher.group(1).strip();
            if (HeadingDetector.words(label).size() <= MAX_LABEL_WORDS && classifier.classify(label) == wanted) {
                return Optional.of(new RunInLabel(
                        paragraph.substring(0, matcher.start()).strip(),
                        label,
                        paragraph.substring(matcher.end()).strip()));
            }
        }
        return Optional.empty();
    }
}
