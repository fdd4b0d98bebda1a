package org.wsisanalytics.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.oracle.InMemoryRunData;

class DocumentNumbersTest {

    private static ParsedDocumentSummary document(String name, int sessions) {
        return new ParsedDocumentSummary(new DocumentSource(name, "in/" + name, "0".repeat(64), 100), null, sessions);
    }

    @Test
    void documentsWithSessionsAreNumberedInInputOrder() {
        DocumentNumbers numbers = new DocumentNumbers(List.of(
                document("a.txt", 13), document("empty.txt", 0), document("b.pdf", 120), document("c.docx", 4)));
        assertThat(numbers.of("a.txt")).isEqualTo(1);
        assertThat(numbers.of("b.pdf")).isEqualTo(2);
        assertThat(numbers.of("c.docx")).isEqualTo(3);
        assertThat(numbers.count()).isEqualTo(3);
        assertThat(numbers.several()).isTrue();
        assertThat(numbers.largestSessionCount()).isEqualTo(120);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> numbers.of("empty.txt"))
                .withMessageContaining("empty.txt");
    }

    @Test
    void oneDocumentWithSessionsIsNotSeveral() {
        DocumentNumbers numbers = new DocumentNumbers(List.of(document("empty.txt", 0), document("a.txt", 13)));
        assertThat(numbers.several()).isFalse();
        assertThat(numbers.of("a.txt")).isEqualTo(1);
    }

    @Test
    void theFixturesTwoDocumentsAreSeveral() {
        assertThat(new DocumentNumbers(InMemoryRunData.summary(ReportFixture.result())).several())
                .isTrue();
    }
}
