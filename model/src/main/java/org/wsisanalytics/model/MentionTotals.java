package org.wsisanalytics.model;

/**
 * How many items of each kind a run found.
 *
 * @param actionLineMentions action-line references
 * @param actionLineNames references to an action line by name only
 * @param countryMentions country mentions of every kind
 * @param themeMentions theme mentions
 * @param figures quantitative statements
 */
public record MentionTotals(
        int actionLineMentions, int actionLineNames, int countryMentions, int themeMentions, int figures) {

    public static final MentionTotals NONE = new MentionTotals(0, 0, 0, 0, 0);

    public MentionTotals {
        Requires.notNegative(actionLineMentions, "actionLineMentions");
        Requires.notNegative(actionLineNames, "actionLineNames");
        Requires.notNegative(countryMentions, "countryMentions");
        Requires.notNegative(themeMentions, "themeMentions");
        Requires.notNegative(figures, "figures");
    }
}
