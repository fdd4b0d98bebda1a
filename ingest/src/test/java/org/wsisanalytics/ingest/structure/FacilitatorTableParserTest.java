package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.FacilitatorEntry;

class FacilitatorTableParserTest {

    private final FacilitatorTableParser parser = new FacilitatorTableParser(
            PersonNames.bundled(), EventTemplate.TableHeaders.union(EventTemplate.bundled()));

    @Test
    void readsRowsAcrossPagesUnderAHeaderRowByColumnName() {
        List<Block> blocks = BlockSplitter.split(List.of(
                "Introduction\t3",
                "",
                "Session\tPhoto\tName\tTitle\tOrganization",
                "Forging partnerships for purpose https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378\t\t"
                        + "Ms. Amrita Choudhury\tDirector\tCCAOI",
                "",
                "",
                "Moral pixels: painting an ethical landscape https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/431"
                        + "\t\tMs. Anriette Esterhuysen\tSenior Advisor Internet Governance\tAssociation for Progressive Communications",
                "",
                "Leaders TalkX: Forging partnerships for purpose"));

        assertThat(parser.parse(blocks))
                .containsExactly(
                        new FacilitatorEntry(
                                "Forging partnerships for purpose",
                                "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378",
                                "378",
                                "Amrita Choudhury",
                                "Director",
                                "CCAOI"),
                        new FacilitatorEntry(
                                "Moral pixels: painting an ethical landscape",
                                "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/431",
                                "431",
                                "Anriette Esterhuysen",
                                "Senior Advisor Internet Governance",
                                "Association for Progressive Communications"));
    }

    @Test
    void aRowWithoutLinkHasNoSessionIdAndOtherColumnOrdersWork() {
        List<Block> blocks =
                BlockSplitter.split(List.of("Name\tSession", "Prof. Lucien CASTEX\tTowards a safer connected world"));

        assertThat(parser.parse(blocks))
                .containsExactly(new FacilitatorEntry(
                        "Towards a safer connected world", null, null, "Lucien CASTEX", null, null));
    }

    @Test
    void tabSeparatedRowsWithoutAFacilitatorsHeaderAreNotATable() {
        assertThat(parser.parse(BlockSplitter.split(List.of("Introduction\t3", "Chair\t4"))))
                .isEmpty();
    }
}
