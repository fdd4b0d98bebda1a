package org.wsisanalytics.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterSpacingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "W o r l d  S u m m i t                                    | World Summit",
                "W o r l d   S u m m i t   o n   t h e   I n f o r m a t i o n   S o c i e t y | World Summit on the Information Society",
                "D R A F T                                                  | DRAFT",
                "W S I S + 2 0  H I G H - L E V E L  E V E N T             | WSIS+20 HIGH-LEVEL EVENT",
                "# C O N T E N T S                                          | # CONTENTS",
                "S u m m a r i e s  2025                                    | Summaries 2025",
            })
    void joinsLettersIntoWordsAtTheWiderGaps(String line, String expected) {
        assertThat(LetterSpacing.joinLine(line.strip())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I saw a cat and a dog in a garden.",
                "Action Lines C 1 and C 2 were cited.",
                "1 2 3 4 5",
                "| a | b | c | d |",
                "A\tB\tC\tD\tE",
                "a b c",
                "Part I and Part II",
                "Multistakeholder cooperation",
            })
    void leavesOrdinaryLinesAlone(String line) {
        assertThat(LetterSpacing.joinLine(line)).isEqualTo(line);
    }

    @Test
    void usesDistancesWhenTheyComeFromAPdf() {
        List<String> letters = List.of("W", "o", "r", "l", "d", "S", "u", "m", "m", "i", "t");
        double[] gaps = {2.1, 2.0, 2.2, 1.9, 6.5, 2.0, 2.1, 2.0, 2.1, 1.9};

        assertThat(LetterSpacing.join(letters, gaps)).isEqualTo("World Summit");
        assertThat(LetterSpacing.join(List.of("Ordinary", "words", "in", "a", "line"), new double[] {3, 3, 3, 3}))
                .isNull();
    }
}
