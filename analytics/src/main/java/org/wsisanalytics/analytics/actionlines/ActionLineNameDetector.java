package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.wsisanalytics.analytics.text.SectionSentences;
import org.wsisanalytics.analytics.text.Sentence;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;

/**
 * Finds the places where a session refers to an action line by its name only, without a number, and only where
 * the text says that it means an action line:
 * <ul>
 * <li>with action-line wording: "the WSIS action line on e-environment", "Action Line on Capacity Building",
 * "the capacity-building action line", "the action lines on media and on ethics" (two references);</li>
 * <li>in the session's links-to-action-lines part (a section of type {@link SectionType#ACTION_LINE_LINKS}, a
 * heading or a run-in "Links to WSIS Action Lines:" label, as for numeric mentions), a name, alias, variant or
 * sub-line of two or more words: "the enabling environment" (C6), "e-environment" (C7).</li>
 * </ul>
 * A name that labels or describes a numeric notation ("Action Line C6 – Enabling Environment", "C3 (Access to
 * information)") belongs to that numeric mention and is skipped (see {@link NotationLabels}). The wordings come
 * from the catalog; see {@link NamePhraseScanner} for how they are matched. One pass per section; the numeric
 * notations are looked for only in sections where a name was found.
 */
public final class ActionLineNameDetector {

    private final NamePhraseScanner scanner;

    public ActionLineNameDetector(ActionLineCatalog catalog) {
        this.scanner = new NamePhraseScanner(Objects.requireNonNull(catalog, "catalog"));
    }

    /** The session's references by name, in section and text order. */
    public List<ActionLineNameReference> detect(Session session) {
        Objects.requireNonNull(session, "session");
        List<ActionLineNameReference> references = new ArrayList<>();
        for (Section section : session.sections()) {
            detect(session, section, references);
        }
        return List.copyOf(references);
    }

    private void detect(Session session, Section section, List<ActionLineNameReference> out) {
        String text = section.text();
        // Folding keeps the length, so the phrases' offsets hold for the text as written.
        List<NamePhrase> phrases = scanner.scan(Confusables.fold(text));
        if (phrases.isEmpty()) {
            return;
        }
        boolean linksSection =
                section.type() == SectionType.ACTION_LINE_LINKS || LinksLabel.isLinksHeading(section.heading());
        SectionSentences sentences = new SectionSentences(section);
        NotationLabels labels = null;
        for (NamePhrase phrase : phrases) {
            boolean inLinks = linksSection || inRunIn(text, sentences.at(phrase.start()));
            if (!phrase.worded() && !inLinks) {
                continue;
            }
            if (labels == null) {
                labels = NotationLabels.of(text);
            }
            if (labels.covers(phrase.nameStart(), phrase.nameEnd())) {
                continue;
            }
            CatalogEntry entry = phrase.entry();
            String subLine =
                    entry.kind() == CatalogEntry.Kind.SUB_LINE ? entry.text().toLowerCase(Locale.ROOT) : null;
            out.add(new ActionLineNameReference(
                    session.key(),
                    entry.code(),
                    subLine,
                    text.substring(phrase.start(), phrase.end()),
                    section.heading(),
                    inLinks,
                    sentences.plainTextAt(phrase.start()),
                    phrase.start(),
                    phrase.end(),
                    sentences.locationAt(phrase.start())));
        }
    }

    private static boolean inRunIn(String text, Sentence sentence) {
        return LinksLabel.startsWithRunIn(text, sentence.start())
                || LinksLabel.startsWithRunIn(text, sentence.paragraphStart());
    }
}
