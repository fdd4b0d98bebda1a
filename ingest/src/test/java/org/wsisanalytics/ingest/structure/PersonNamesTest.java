package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

    private final PersonNames names = PersonNames.bundled();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ms. Amrita Choudhury | Amrita Choudhury",
                "H.E. Mr. Solly Malatsi | Solly Malatsi",
                "Prof. Lucien CASTEX | Lucien CASTEX",
                "Dr. Lidia Stępińska-Ustasiak | Lidia Stępińska-Ustasiak",
                "The Honourable Mr. Silaa | Silaa",
                "Her Excellency Baroness Jones | Baroness Jones",
                "Daniella Esi Darlington | Daniella Esi Darlington",
                "Mr. | Mr."
            })
    void removesHonorificsAndKeepsTheNameAsWritten(String written, String expected) {
        assertThat(names.withoutHonorifics(written)).isEqualTo(expected);
    }

    @Test
    void comparesNamesRegardlessOfCaseAccentsAndMiddleInitials() {
        assertThat(names.sameName("Lucien Castex", "Prof. Lucien CASTEX")).isTrue();
        assertThat(names.sameName("Lidia Stepinska-Ustasiak", "Lidia Stępińska-Ustasiak"))
                .isTrue();
        assertThat(names.sameName("Lori S. Schulman", "Lori Schulman")).isTrue();
        assertThat(names.sameName("Yuhan Zheng", "Yuhua Zheng")).isFalse();
    }
}
