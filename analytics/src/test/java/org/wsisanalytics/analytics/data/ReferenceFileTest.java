package org.wsisanalytics.analytics.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceFileTest {

    @Test
    void rowsSkipCommentsBlankLinesAndTheByteOrderMarkAndKeepTheirLineNumbers() {
        ReferenceFile file = ReferenceFile.parse("'x.tsv'", "\uFEFF# source\n\nC1\tname\tOne\r\n  \nC2\tname\tTwo");

        assertThat(file.rows())
                .extracting(ReferenceFile.Row::line, ReferenceFile.Row::text)
                .containsExactly(tuple(3, "C1\tname\tOne"), tuple(5, "C2\tname\tTwo"));
    }

    @Test
    void aHeaderIsDroppedOnlyAsTheFirstRow() {
        ReferenceFile file = ReferenceFile.parse("'x.tsv'", "# c\ntheme\tterm\nAI\tAI\ntheme\tterm\n");

        assertThat(file.withoutHeader(row -> row.startsWith("theme\t")).rows())
                .extracting(ReferenceFile.Row::line)
                .containsExactly(3, 4);
        assertThat(ReferenceFile.parse("'x.tsv'", "AI\tAI\n")
                        .withoutHeader(row -> row.startsWith("theme\t"))
                        .rows())
                .hasSize(1);
    }

    @Test
    void columnsAreStrippedAndCountedWithTheFileAndLineInTheError() {
        ReferenceFile file = ReferenceFile.parse("themes from 'my.tsv'", "AI \t artificial intelligence \nGender\n");

        assertThat(file.columns(file.rows().get(0), 2, 3, "2 or 3 columns"))
                .isEqualTo(List.of("AI", "artificial intelligence"));
        assertThatThrownBy(() -> file.columns(file.rows().get(1), 2, 3, "2 or 3 columns"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read themes from 'my.tsv', line 2: found 1 column(s), expected 2 or 3 columns.");
    }

    @Test
    void aMissingBundledFileNamesItsPackage() {
        assertThatThrownBy(() -> ReferenceFile.bundled(ReferenceFileTest.class, "nope.tsv", "'nope.tsv'"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'nope.tsv'")
                .hasMessageContaining("org.wsisanalytics.analytics.data");
    }
}
