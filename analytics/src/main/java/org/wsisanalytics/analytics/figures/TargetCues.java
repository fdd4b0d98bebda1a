package org.wsisanalytics.analytics.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.model.FigureRole;

/**
 * Tells a target ("aims for 100% coverage by 2027") from a statement ("connected 250 villages") by the words of
 * the figure's sentence, read from {@code target-cues.tsv}: a cue before the figure in its statement, or one
 * after it in the same clause when that clause is not told in the past.
 */
final class TargetCues {

    private static final String RESOURCE = "/org/wsisanalytics/analytics/figures/target-cues.tsv";
    /** Where a statement before the figure ends: a semicolon, a colon or a new statement joined by "and". */
    private static final Pattern STATEMENT_BREAK = Pattern.compile("[;:]|\\s(?:and|but|while|whereas)\\s");
    /** Where a clause ends after the figure: a comma, semicolon, colon or a new statement joined by "and". */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]|\\s(?:and|but|while|whereas)\\s");

    private final Pattern before;
    private final Pattern after;
    private final Pattern past;

    private TargetCues(List<String> before, List<String> after, List<String> past) {
        this.before = words(before);
        this.after = words(after);
        this.past = words(past);
    }

    static TargetCues loadDefault() {
        try (InputStream in = Objects.requireNonNull(TargetCues.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            List<String> past = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                List<String> cues = cells.length != 2
                        ? null
                        : switch (cells[0]) {
                            case "before" -> before;
                            case "after" -> after;
                            case "past" -> past;
                            default -> null;
                        };
                if (cues == null) {
                    throw new IllegalStateException(
                            RESOURCE + " line " + number + ": expected before|after|past<TAB>regex");
                }
                cues.add(cells[1]);
            }
            return new TargetCues(before, after, past);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The role of the figure at [start, end) of {@code sentence}.
     *
     * @param sentence the figure's sentence as it stands in the section text
     * @param start the figure's start in {@code sentence}
     * @param end the figure's end in {@code sentence}
     */
    FigureRole role(String sentence, int start, int end) {
        int statement = 0;
        Matcher statementBreak = STATEMENT_BREAK.matcher(sentence).region(0, start);
        while (statementBreak.find()) {
            statement = statementBreak.end();
        }
        if (before.matcher(sentence).region(statement, start).find()) {
            return FigureRole.TARGET;
        }
        String rest = sentence.substring(end);
        Matcher clauseEnd = CLAUSE_END.matcher(rest);
        String clauseAfter = clauseEnd.find() ? rest.substring(0, clauseEnd.start()) : rest;
        int clauseStart = 0;
        Matcher clauseBreak = CLAUSE_END.matcher(sentence).region(0, start);
        while (clauseBreak.find()) {
            clauseStart = clauseBreak.end();
        }
        String clause = sentence.substring(clauseStart, start) + " " + clauseAfter;
        return after.matcher(clauseAfter).find() && !past.matcher(clause).find()
                ? FigureRole.TARGET
                : FigureRole.STATED;
    }

    private static Pattern words(List<String> cues) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:"
                        + String.join(
                                "|", cues.stream().map(c -> "(?:" + c + ")").toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
