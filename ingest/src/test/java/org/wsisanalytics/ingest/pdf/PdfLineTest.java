package org.wsisanalytics.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PdfLineTest {

    @Test
    void joinsLetterSpacedDisplayTextIntoWordsByItsGaps() {
        List<PdfWord> words = new ArrayList<>();
        float x = 72;
        for (String word : List.of("WORLD", "SUMMIT")) {
            for (char letter : word.toCharArray()) {
                words.add(new PdfWord(String.valueOf(letter), x, x + 9, 100, 14, null));
                x += 9 + 4; // letter spacing of 4 points
            }
            x += 8; // a word gap: the letter spacing plus a space
        }

        assertThat(new PdfLine(1, words).text()).isEqualTo("WORLD SUMMIT");
    }

    @Test
    void leavesWordsWithOrdinarySpacesAlone() {
        List<PdfWord> words = List.of(
                new PdfWord("A", 72, 80, 100, 11, null),
                new PdfWord("new", 83, 100, 100, 11, null),
                new PdfWord("digital", 103, 135, 100, 11, null),
                new PdfWord("era", 138, 152, 100, 11, null));

        assertThat(new PdfLine(1, words).text()).isEqualTo("A new digital era");
    }
}
