package org.wsisanalytics.reports.qda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeMention;

/**
 * Turns a session's mentions into selections of its source text. A mention names its section by heading and
 * counts its offsets in that section's body, or in the heading itself where the analyze step found it there (its
 * sentence is then the heading). Headings can repeat, so the section is the first with that heading whose body
 * (or heading) holds the mention's words at those offsets. A mention that fits nowhere (its code is missing, or
 * the text changed since the analysis) is left out and counted, never coded at a guessed place.
 */
final class SessionSelections {

    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");
    private static final int ACTION_LINE = 0;
    private static final int NAMED_ONLY = 1;
    private static final int COUNTRY = 2;
    private static final int THEME = 3;

    private final List<Selection> selections;
    private final int unplaced;

    private SessionSelections(List<Selection> selections, int unplaced) {
        this.selections = selections;
        this.unplaced = unplaced;
    }

    static SessionSelections of(
            SessionEvidence session, SessionText text, Codebook codebook, QdaGuids guids, String sessionPath) {
        Builder builder = new Builder(text, guids, sessionPath);
        List<ActionLineMention> lines = session.actionLines();
        for (int i = 0; i < lines.size(); i++) {
            ActionLineMention m = lines.get(i);
            builder.add(
                    "action-line/" + i,
                    ACTION_LINE,
                    codebook.actionLine(m.actionLine()),
                    m.section(),
                    m.sentence(),
                    m.start(),
                    m.end(),
                    m.notation()::equals,
                    located(
                            m.actionLine() + " written \"" + m.notation() + "\""
                                    + (m.inLinksSection() ? "; in the links-to-action-lines part" : ""),
                            m.location()));
        }
        List<ActionLineNameReference> names = session.actionLineNames();
        for (int i = 0; i < names.size(); i++) {
            ActionLineNameReference r = names.get(i);
            builder.add(
                    "named-only/" + i,
                    NAMED_ONLY,
                    codebook.namedOnly(),
                    r.section(),
                    r.sentence(),
                    r.start(),
                    r.end(),
                    r.phrase()::equals,
                    located(
                            "Refers to " + r.actionLine() + (r.subLine() == null ? "" : " (" + r.subLine() + ")")
                                    + " by its name only, without its number; not counted in the coverage"
                                    + (r.inLinksSection() ? "; in the links-to-action-lines part" : ""),
                            r.location()));
        }
        List<CountryMention> countries = session.countries();
        for (int i = 0; i < countries.size(); i++) {
            CountryMention m = countries.get(i);
            if (!m.kind().counted()) {
                continue; // an organisation's name or a language: not coded, as the country codes count names only
            }
            builder.add(
                    "country/" + i,
                    COUNTRY,
                    codebook.country(m.iso2()),
                    m.section(),
                    m.sentence(),
                    m.start(),
                    m.end(),
                    words -> WHITE_SPACE.matcher(words).replaceAll(" ").equals(m.surface()),
                    located(m.iso2() + " as " + m.kind().name().toLowerCase(java.util.Locale.ROOT), m.location()));
        }
        List<ThemeMention> themes = session.themes();
        for (int i = 0; i < themes.size(); i++) {
            ThemeMention m = themes.get(i);
            builder.add(
                    "theme/" + i,
                    THEME,
                    codebook.theme(m.theme()),
                    m.section(),
                    m.sentence(),
                    m.start(),
                    m.end(),
                    m.surface()::equals,
                    located(m.theme(), m.location()));
        }
        return builder.build();
    }

    /** A selection's description with where its sentence is in the input file ("...; at p. 36"), when known. */
    private static String located(String description, TextLocation location) {
        return location == null ? description : description + "; at " + location.label();
    }

    /** The selections in text order. */
    List<Selection> selections() {
        return selections;
    }

    /** How many mentions could not be placed in the text. */
    int unplaced() {
        return unplaced;
    }

    /** A mention placed in the source text, positions still in UTF-16 units. */
    private record Placed(String path, int kind, String code, int from, int to, String description) {}

    private static final class Builder {

        private final SessionText text;
        private final QdaGuids guids;
        private final String sessionPath;
        private final List<Placed> placed = new ArrayList<>();
        private int unplaced;

        Builder(SessionText text, QdaGuids guids, String sessionPath) {
            this.text = text;
            this.guids = guids;
            this.sessionPath = sessionPath;
        }

        void add(
                String path,
                int kind,
                String code,
                String heading,
                String sentence,
                int start,
                int end,
                Predicate<String> words,
                String description) {
            if (code == null) {
                unplaced++;
                return;
            }
            if (heading.equals(text.title()) && holds(text.title(), start, end, words)) {
                // The analyze step reads the title too, as a one-line section headed by the title itself.
                placed.add(
                        new Placed(path, kind, code, text.titlePosition(start), text.titlePosition(end), description));
                return;
            }
            for (int i = 0; i < text.sections(); i++) {
                if (!text.heading(i).equals(heading)) {
                    continue;
                }
                boolean inBody = holds(text.body(i), start, end, words);
                boolean inHeading =
                        !heading.isBlank() && holds(heading, start, end, words) && (!inBody || same(sentence, heading));
                if (inHeading || inBody) {
                    placed.add(new Placed(
                            path,
                            kind,
                            code,
                            text.charPosition(i, inHeading, start),
                            text.charPosition(i, inHeading, end),
                            description));
                    return;
                }
            }
            unplaced++;
        }

        private static boolean holds(String counted, int start, int end, Predicate<String> words) {
            return end <= counted.length() && words.test(counted.substring(start, end));
        }

        private static boolean same(String sentence, String heading) {
            return WHITE_SPACE
                    .matcher(sentence)
                    .replaceAll(" ")
                    .strip()
                    .equals(WHITE_SPACE.matcher(heading).replaceAll(" ").strip());
        }

        /** Converts to code points in one pass over the text, in order of the starts. */
        SessionSelections build() {
            placed.sort(Comparator.comparingInt(Placed::from));
            String source = text.text();
            List<Selection> selections = new ArrayList<>(placed.size());
            int charIndex = 0;
            int codePoints = 0;
            for (Placed p : placed) {
                codePoints += source.codePointCount(charIndex, p.from());
                charIndex = p.from();
                int end = codePoints + source.codePointCount(p.from(), p.to());
                String path = sessionPath + "/" + p.path();
                selections.add(new Selection(
                        guids.item("selection/" + path),
                        guids.item("coding/" + path),
                        p.code(),
                        codePoints,
                        end,
                        source.substring(p.from(), p.to()),
                        p.description(),
                        p.kind()));
            }
            selections.sort(Selection.TEXT_ORDER);
            return new SessionSelections(List.copyOf(selections), unplaced);
        }
    }
}
