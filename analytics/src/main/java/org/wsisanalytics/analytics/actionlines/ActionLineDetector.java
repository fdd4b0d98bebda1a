package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.wsisanalytics.analytics.text.SectionSentences;
import org.wsisanalytics.analytics.text.Sentence;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;

/**
 * Finds every numeric reference to a WSIS Action Line in a session ("C3", "Action Line C2", "Action Line 4",
 * "Action Line One", each element of "C1, C3, C4"), with its sentence and offsets. One pass per section;
 * references made by name only ("the action line on e-environment") are {@link ActionLineNameDetector}'s.
 * Codes written with look-alike characters ("С5" with a Cyrillic С, fullwidth "Ｃ５") count, with the notation as
 * written; a bare code written in lower case or apart ("c5", "C 5", "C.5", "C-5") counts only in the session's
 * links to action lines or in a list with a plain code (see {@link NotationScanner}).
 */
public final class ActionLineDetector {

    private final ActionLineCatalog catalog;

    public ActionLineDetector(ActionLineCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The session's references in section and text order. */
    public List<ActionLineMention> detect(Session session) {
        Objects.requireNonNull(session, "session");
        List<ActionLineMention> mentions = new ArrayList<>();
        for (Section section : session.sections()) {
            detect(session, section, mentions);
        }
        return List.copyOf(mentions);
    }

    /** The references in one section of the session, in text order. */
    public List<ActionLineMention> detect(Session session, Section section) {
        List<ActionLineMention> mentions = new ArrayList<>();
        detect(session, section, mentions);
        return mentions;
    }

    private void detect(Session session, Section section, List<ActionLineMention> out) {
        String text = section.text();
        List<Notation> notations = NotationScanner.scan(text);
        if (notations.isEmpty()) {
            return;
        }
        SectionSentences sentences = new SectionSentences(section);
        boolean linksSection =
                section.type() == SectionType.ACTION_LINE_LINKS || LinksLabel.isLinksHeading(section.heading());
        for (Notation notation : notations) {
            Sentence sentence = sentences.at(notation.start());
            boolean inLinks = linksSection
                    || LinksLabel.startsWithRunIn(text, sentence.start())
                    || LinksLabel.startsWithRunIn(text, sentence.paragraphStart());
            if (notation.weak() && !inLinks) {
                continue;
            }
            out.add(new ActionLineMention(
                    session.key(),
                    catalog.byNumber(notation.number()).code(),
                    notation.text(),
                    section.heading(),
                    inLinks,
                    sentences.plainTextAt(notation.start()),
                    notation.start(),
                    notation.end(),
                    sentences.locationAt(notation.start())));
        }
    }
}
