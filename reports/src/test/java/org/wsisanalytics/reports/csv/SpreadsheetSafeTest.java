package org.wsisanalytics.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

    @Test
    void quotesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(SpreadsheetSafe.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetSafe.text("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetSafe.text("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafe.text("@ITU said")).isEqualTo("'@ITU said");
        assertThat(SpreadsheetSafe.text("\tindented")).isEqualTo("'\tindented");
        assertThat(SpreadsheetSafe.text("\rreturn")).isEqualTo("'\rreturn");
    }

    @Test
    void leavesOrdinaryTextAndFormulaCharactersInsideAlone() {
        assertThat(SpreadsheetSafe.text("Türkiye")).isEqualTo("Türkiye");
        assertThat(SpreadsheetSafe.text("C1 = governance")).isEqualTo("C1 = governance");
        assertThat(SpreadsheetSafe.text(" =not first")).isEqualTo(" =not first");
        assertThat(SpreadsheetSafe.text("'quoted")).isEqualTo("'quoted");
    }

    @Test
    void writesNullAndEmptyAsEmpty() {
        assertThat(SpreadsheetSafe.text(null)).isEmpty();
        assertThat(SpreadsheetSafe.text("")).isEmpty();
    }
}
