package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.Severity;

/**
 * Flags action lines labelled with another line's name, such as "C11 (E-Governance)" (e-government is a
 * sub-line of C7). One WARNING per labelled reference; labels that fit the line's name, an alias or a sub-line
 * even loosely pass, and labels that look like no line's name at all ("C4 (see annex)") are left alone.
 */
public final class ActionLineLabelCheck {

    /** The stable identifier of this check in findings. */
    public static final String CHECK = "action-line-label-mismatch";

    private final ActionLineCatalog catalog;
    private final LabelVocabulary vocabulary;

    public ActionLineLabelCheck(ActionLineCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.vocabulary = new LabelVocabulary(catalog);
    }

    /** Findings for the session's mentions (mentions of other sessions are ignored), in mention order. */
    public List<Finding> check(Session session, List<ActionLineMention> mentions) {
        return conflictsWithMentions(session, mentions).stream()
                .map(pair -> finding(session, pair.mention(), pair.conflict()))
                .toList();
    }

    /**
     * The session's references whose label fits another line, for the coverage cells: the same rule as
     * {@link #check}, one conflict per finding, in mention order.
     */
    public List<ActionLineLabelConflict> conflicts(Session session, List<ActionLineMention> mentions) {
        return conflictsWithMentions(session, mentions).stream()
                .map(Conflicting::conflict)
                .toList();
    }

    private List<Conflicting> conflictsWithMentions(Session session, List<ActionLineMention> mentions) {
        Objects.requireNonNull(session, "session");
        List<Conflicting> conflicts = new ArrayList<>();
        for (ActionLineMention mention : mentions) {
            if (mention.session().equals(session.key())) {
                conflict(session, mention).ifPresent(conflict -> conflicts.add(new Conflicting(mention, conflict)));
            }
        }
        return List.copyOf(conflicts);
    }

    private Optional<ActionLineLabelConflict> conflict(Session session, ActionLineMention mention) {
        Optional<Section> section = sectionOf(session, mention);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> label = LabelExtractor.labelAfter(section.get().text(), mention.end());
        if (label.isEmpty()) {
            return Optional.empty();
        }
        return vocabulary
                .betterFit(mention.actionLine(), label.get())
                .map(other ->
                        new ActionLineLabelConflict(mention.session(), mention.actionLine(), label.get(), fits(other)));
    }

    /** The line a label fits, as reports name it: "C7 (ICT applications, sub-line E-government)". */
    private String fits(CatalogEntry other) {
        ActionLine otherLine = catalog.byCode(other.code());
        return other.kind() == CatalogEntry.Kind.NAME
                ? other.code() + " (" + otherLine.name() + ")"
                : other.code() + " (" + otherLine.name() + ", " + other.kind().label() + " " + other.text() + ")";
    }

    private Finding finding(Session session, ActionLineMention mention, ActionLineLabelConflict conflict) {
        ActionLine line = catalog.byCode(mention.actionLine());
        String message = "Session " + session.index() + " \"" + session.title() + "\": " + line.code()
                + " is labelled \"" + conflict.label() + "\", but the official name of " + line.code() + " is \""
                + line.name() + "\"; the label fits " + conflict.fits() + ".";
        return new Finding(
                session.document(),
                session.index(),
                Severity.WARNING,
                CHECK,
                message,
                mention.sentence(),
                mention.location());
    }

    /** A conflict and the mention it was found at (whose sentence is the finding's evidence). */
    private record Conflicting(ActionLineMention mention, ActionLineLabelConflict conflict) {}

    /** The section the mention was found in: same heading and the notation at the mention's offsets. */
    private static Optional<Section> sectionOf(Session session, ActionLineMention mention) {
        return session.sections().stream()
                .filter(section -> section.heading().equals(mention.section()))
                .filter(section -> mention.end() <= section.text().length()
                        && section.text()
                                .substring(mention.start(), mention.end())
                                .equals(mention.notation()))
                .findFirst();
    }
}
