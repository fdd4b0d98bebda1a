package org.wsisanalytics.analytics.messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.KeyMessage;
import org.wsisanalytics.model.SectionOutline;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SharedMessage;
import org.wsisanalytics.model.SharedMessage.Kind;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeCount;

/**
 * Adds up, session by session, which action lines, themes and countries the sessions share, and keeps for each
 * one quote: the first key message that names it, else the first best sentence naming it (see {@code quality}). A country counts where it is named or its demonym used, not in an
 * organisation's name or a language. What it holds grows with the reference data, not with the sessions.
 * Not thread-safe: one per walk.
 */
public final class SharedMessageTally {

    /** How many items of each kind the shared messages name. */
    public static final int PER_KIND = 3;

    private final KeyMessageParts parts;
    private final Map<String, String> lineNames = new LinkedHashMap<>();
    private final Function<String, String> countryName;
    private final Map<Kind, Map<String, Item>> items = new LinkedHashMap<>();

    /**
     * @param parts the weights that tell a message part
     * @param actionLines the action lines, for their names
     * @param countryName a country's name from its ISO code
     */
    public SharedMessageTally(
            KeyMessageParts parts, List<ActionLine> actionLines, Function<String, String> countryName) {
        this.parts = parts;
        actionLines.forEach(line -> lineNames.put(line.code(), line.name()));
        this.countryName = countryName;
        for (Kind kind : Kind.values()) {
            items.put(kind, new LinkedHashMap<>());
        }
    }

    /** A key message naming the item: the best quote, kept once found. */
    private static final int KEY_MESSAGE = 20;

    private static final class Item {
        int sessions;
        int quality = -1;
        String quote;
        String citation;
        SessionKey session;
        String section;
        TextLocation location;
    }

    /** A sentence naming an item, with where it stands. */
    private record Naming(String sentence, String section, TextLocation location) {}

    /** Adds one session with its key messages. */
    public void add(SessionEvidence session, List<KeyMessage> messages) {
        Map<String, List<Naming>> lines = new LinkedHashMap<>();
        for (ActionLineCoverage cell : session.coverage()) {
            if (cell.mentions() > 0) {
                lines.put(cell.actionLine(), new ArrayList<>());
            }
        }
        session.actionLines()
                .forEach(m -> lines.computeIfAbsent(m.actionLine(), k -> new ArrayList<>())
                        .add(new Naming(m.sentence(), m.section(), m.location())));
        Map<String, List<Naming>> themes = new LinkedHashMap<>();
        for (ThemeCount count : session.themeCounts()) {
            themes.put(count.theme(), new ArrayList<>());
        }
        session.themes()
                .forEach(m -> themes.computeIfAbsent(m.theme(), k -> new ArrayList<>())
                        .add(new Naming(m.sentence(), m.section(), m.location())));
        Map<String, List<Naming>> countries = new LinkedHashMap<>();
        for (CountryMention mention : session.countries()) {
            if (mention.kind() == CountryMentionKind.NAME || mention.kind() == CountryMentionKind.DEMONYM) {
                countries
                        .computeIfAbsent(mention.iso2(), k -> new ArrayList<>())
                        .add(new Naming(mention.sentence(), mention.section(), mention.location()));
            }
        }
        count(Kind.ACTION_LINE, lines, session, messages);
        count(Kind.THEME, themes, session, messages);
        count(Kind.COUNTRY, countries, session, messages);
    }

    private void count(
            Kind kind, Map<String, List<Naming>> namings, SessionEvidence session, List<KeyMessage> messages) {
        namings.forEach((key, list) -> {
            Item item = items.get(kind).computeIfAbsent(key, k -> new Item());
            item.sessions++;
            if (item.quality == KEY_MESSAGE) {
                return;
            }
            Set<String> sentences = new LinkedHashSet<>();
            list.forEach(naming -> sentences.add(naming.sentence()));
            for (KeyMessage message : messages) {
                if (sentences.contains(message.sentence())) {
                    quote(
                            item,
                            KEY_MESSAGE,
                            session,
                            new Naming(message.sentence(), message.heading(), message.location()));
                    return;
                }
            }
            for (Naming naming : list) {
                int quality = quality(session, naming);
                if (quality > item.quality) {
                    quote(item, quality, session, naming);
                }
            }
        });
    }

    private static void quote(Item item, int quality, SessionEvidence session, Naming naming) {
        item.quality = quality;
        item.quote = naming.sentence();
        item.citation = Citation.of(session.session(), naming.section(), naming.location());
        item.session = session.key();
        item.section = naming.section();
        item.location = naming.location();
    }

    /**
     * How good a quote a sentence naming the item makes, below a key message: one that reads on its own (see
     * {@link KeyMessagePicker#readsAlone}) before a fragment, a statement (ending with ".", "!" or "?") before a
     * list item or a name in brackets; then one from a message part, from another part, and last from the links
     * to the action lines (mostly lists of codes).
     */
    private int quality(SessionEvidence session, Naming naming) {
        int part = 1;
        for (SectionOutline section : session.session().sections()) {
            if (section.heading().equals(naming.section())) {
                part = parts.sectionWeight(section.type(), section.heading()) > 0
                        ? 2
                        : section.type() == SectionType.ACTION_LINE_LINKS ? 0 : 1;
                break;
            }
        }
        String sentence = naming.sentence().strip();
        boolean statement = sentence.endsWith(".") || sentence.endsWith("!") || sentence.endsWith("?");
        return part + (statement ? 3 : 0) + (KeyMessagePicker.readsAlone(sentence) ? 6 : 0);
    }

    /**
     * The shared messages: per kind (action lines, themes, countries) the {@link #PER_KIND} items most sessions
     * share, from two sessions on, most shared first (ties: action lines in C1..C11 order, themes and countries
     * in the order the walk first met them).
     */
    public List<SharedMessage> messages() {
        List<SharedMessage> messages = new ArrayList<>();
        items.forEach((kind, byKey) -> byKey.entrySet().stream()
                .filter(e -> e.getValue().sessions >= 2 && e.getValue().quote != null)
                .sorted(Comparator.comparingInt((Map.Entry<String, Item> e) -> e.getValue().sessions)
                        .reversed()
                        .thenComparingInt(e -> order(kind, e.getKey())))
                .limit(PER_KIND)
                .forEach(e -> messages.add(new SharedMessage(
                        kind,
                        e.getKey(),
                        label(kind, e.getKey()),
                        e.getValue().sessions,
                        e.getValue().quote,
                        e.getValue().citation,
                        e.getValue().session,
                        e.getValue().section,
                        e.getValue().location))));
        return messages;
    }

    private int order(Kind kind, String key) {
        return kind == Kind.ACTION_LINE ? new ArrayList<>(lineNames.keySet()).indexOf(key) : 0;
    }

    private String label(Kind kind, String key) {
        return switch (kind) {
            case ACTION_LINE -> key + " " + lineNames.getOrDefault(key, "");
            case THEME -> key;
            case COUNTRY -> countryName.apply(key);
        };
    }
}
