package org.wsisanalytics.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ListNumberingTest {

    @Test
    void countsLettersLikeCssAndRomanNumeralsUpTo3999() {
        ListNumbering letters = ListNumbering.of(list("<ol type=\"a\">"), 0);
        ListNumbering numerals = ListNumbering.of(list("<ol type=\"I\">"), 0);

        assertThat(letters.format(26)).isEqualTo("z");
        assertThat(letters.format(27)).isEqualTo("aa"); // Word would write "aa" too, but 28 as "bb", not "ab"
        assertThat(letters.format(28)).isEqualTo("ab");
        assertThat(letters.format(53)).isEqualTo("ba");
        assertThat(numerals.format(1994)).isEqualTo("MCMXCIV");
        assertThat(numerals.format(4000)).isEqualTo("4000");
        assertThat(letters.format(0)).isEqualTo("0");
    }

    @Test
    void ignoresAStartThatIsNotANumberAndHidesMarkersForListStyleNone() {
        Element item = Jsoup.parse("<li>x</li>").selectFirst("li");

        assertThat(ListNumbering.of(list("<ol start=\"three\">"), 2).marker(item))
                .isEqualTo("1.");
        assertThat(ListNumbering.of(list("<ol style=\"list-style: none\">"), 2).marker(item))
                .isNull();
    }

    private static Element list(String tag) {
        return Jsoup.parse(tag + "</ol>").selectFirst("ol");
    }
}
