package org.wsisanalytics.analytics.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.wsisanalytics.analytics.text.SectionSentences;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;

/**
 * Finds every mention of a country in a session's section texts: names, short and alternative names,
 * demonyms, possessives ("Costa Rica’s", "Kenyans'"), names in capitals, with accents or without and broken
 * across lines; each with its kind (name, demonym, organisation, language, period of the past), sentence and offsets.
 *
 * <p>One pass per section: the text is folded once ({@link FoldedText}) and every word start that can begin a
 * form is looked up in the gazetteer's trie, which returns the longest form ending on a word boundary. Blocked
 * phrases ("Indian Ocean", "Organization of American States") are consumed without a mention; personal names
 * after a title ("Mr. Jordan") and the US state Georgia ("Atlanta, Georgia") are dropped. Section headings are
 * not searched: a mention's offsets point into the section text. Thread-safe.
 */
public final class CountryDetector {

    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private final Gazetteer gazetteer;

    public CountryDetector(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The session's mentions in section and text order. */
    public List<CountryMention> detect(Session session) {
        Objects.requireNonNull(session, "session");
        List<CountryMention> mentions = new ArrayList<>();
        for (Section section : session.sections()) {
            detect(session, section, mentions);
        }
        return List.copyOf(mentions);
    }

    /** The mentions in one section of the session, in text order. */
    public List<CountryMention> detect(Session session, Section section) {
        List<CountryMention> mentions = new ArrayList<>();
        detect(session, section, mentions);
        return mentions;
    }

    private void detect(Session session, Section section, List<CountryMention> out) {
        String original = section.text();
        FoldedText text = FoldedText.of(original);
        MentionContext context = new MentionContext(text, gazetteer);
        AliasTrie trie = gazetteer.trie();
        SectionSentences sentences = new SectionSentences(section);
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!trie.startsWith(c) || (i > 0 && FoldedText.isWordChar(text.charAt(i - 1)))) {
                i = FoldedText.isWordChar(c) ? skipWord(text, i) : i + 1;
                continue;
            }
            long match = trie.longestMatch(text, i);
            if (match < 0) {
                i = skipWord(text, i);
                continue;
            }
            Alias alias = gazetteer.alias((int) (match >>> 32));
            int end = (int) match;
            int withPossessive = possessiveEnd(text, end);
            if (!alias.blocked() && !context.isFalseFriend(alias, i, end)) {
                CountryMentionKind kind = context.kind(alias, i, end, withPossessive > end);
                out.add(mention(session, section, alias, kind, text, i, withPossessive, sentences));
            }
            i = withPossessive;
        }
    }

    /** "Costa Rica's", "Costa Rica’s" (folded to "'"), "Kenyans'": the offset past the possessive, or {@code end}. */
    private static int possessiveEnd(FoldedText text, int end) {
        int length = text.length();
        if (end >= length || text.charAt(end) != '\'') {
            return end;
        }
        if (end + 1 < length
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
                && (end + 2 == length || !FoldedText.isWordChar(text.charAt(end + 2)))) {
            return end + 2;
        }
        char last = text.charAt(end - 1);
        if ((last == 's' || last == 'S') && (end + 1 == length || !FoldedText.isWordChar(text.charAt(end + 1)))) {
            return end + 1;
        }
        return end;
    }

    private static int skipWord(FoldedText text, int from) {
        int i = from + 1;
        while (i < text.length() && FoldedText.isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private CountryMention mention(
            Session session,
            Section section,
            Alias alias,
            CountryMentionKind kind,
            FoldedText text,
            int from,
            int to,
            SectionSentences sentences) {
        int start = text.originalStart(from);
        int end = text.originalEnd(to);
        String surface =
                WHITE_SPACE.matcher(section.text().substring(start, end)).replaceAll(" ");
        return new CountryMention(
                session.key(),
                alias.iso2(),
                surface,
                kind,
                section.heading(),
                sentences.plainTextAt(start),
                start,
                end,
                sentences.locationAt(start));
    }
}
