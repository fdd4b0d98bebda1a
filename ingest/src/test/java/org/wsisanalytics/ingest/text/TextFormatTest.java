package org.wsisanalytics.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFormatTest {

    @Test
    void supportsTextAndMarkdownWhateverTheCase() {
        assertThat(TextFormat.supports("summaries.txt")).isTrue();
        assertThat(TextFormat.supports("Summaries.MD")).isTrue();
        assertThat(TextFormat.supports("notes.markdown")).isTrue();
        assertThat(TextFormat.supports("notes.pdf")).isFalse();
        assertThat(TextFormat.supports("README")).isFalse();
    }

    @Test
    void extensionIsTheLastDottedPartInLowerCase() {
        assertThat(TextFormat.extension("a.b.DOCX")).isEqualTo("docx");
        assertThat(TextFormat.extension("noextension")).isEmpty();
        assertThat(TextFormat.extension("trailingdot.")).isEmpty();
    }
}
