package org.wsisanalytics.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.ReportFixture;

class CsvExporterTest {

    private static final String DOC = ReportFixture.SUMMARIES;

    @TempDir
    static Path folder;

    static List<Path> written;

    @BeforeAll
    static void export() throws IOException {
        written = new CsvExporter()
                .writeAll(ReportFixture.withEvents(ReportFixture.withMessages(ReportFixture.result())), folder);
    }

    @Test
    void writesTheSixteenFilesUnderFixedNames() {
        assertThat(written)
                .containsExactly(
                        Path.of("data/sessions.csv"),
                        Path.of("data/action_line_mentions.csv"),
                        Path.of("data/action_line_names.csv"),
                        Path.of("data/action_line_coverage.csv"),
                        Path.of("data/country_mentions.csv"),
                        Path.of("data/countries.csv"),
                        Path.of("data/themes.csv"),
                        Path.of("data/figures.csv"),
                        Path.of("data/findings.csv"),
                        Path.of("data/key_messages.csv"),
                        Path.of("data/shared_messages.csv"),
                        Path.of("data/events.csv"),
                        Path.of("data/event_action_lines.csv"),
                        Path.of("data/event_countries.csv"),
                        Path.of("data/event_themes.csv"),
                        Path.of("rejects.csv"));
    }

    @Test
    void eventsStandSideBySideWithTheirLinesCountriesAndThemes() throws IOException {
        assertThat(read("data/events.csv"))
                .isEqualTo(lines(
                        "event,year,documents,sessions,action_line_mentions,country_mentions,countries",
                        "WSIS Forum,2025,2,3,3,4,1",
                        "'=Regional review,,1,0,0,0,0"));
        assertThat(read("data/event_action_lines.csv"))
                .isEqualTo(lines(
                        "event,year,action_line,sessions,share",
                        "WSIS Forum,2025,C1,0,0.0000",
                        "WSIS Forum,2025,C3,2,0.6667",
                        "'=Regional review,,C1,0,0.0000"));
        assertThat(read("data/event_countries.csv"))
                .isEqualTo(lines("event,year,iso2,country,mentions,sessions", "WSIS Forum,2025,TR,Türkiye,4,3"));
        assertThat(read("data/event_themes.csv"))
                .as("themes without mentions are left out")
                .isEqualTo(lines("event,year,theme,mentions,sessions", "WSIS Forum,2025,AI,5,2"));
    }

    @Test
    void keyMessagesAreQuotedWithTheirPartAndLocationAndTheSharedOnesWithTheirSession() throws IOException {
        assertThat(read("data/key_messages.csv"))
                .isEqualTo(lines(
                        "document,session_index,session_id,rank,part,section,sentence,location",
                        DOC + ",1,426,1,achievements,Achievements," + ReportFixture.A1_PLEDGE + ",line 10",
                        DOC + ",1,426,2,introduction,Introduction,Speakers from Türkiye and Poland stressed access"
                                + " to information (Action Line C3).,line 10",
                        DOC + ",2,421,1,trends,Emerging trends,'" + ReportFixture.A2_TRENDS + ",line 20"));
        assertThat(read("data/shared_messages.csv"))
                .isEqualTo(lines(
                        "kind,item,label,sessions,document,session_index,section,quote,location",
                        "action_line,C2,C2 Information and communication infrastructure,2,late-summary.docx,1,,"
                                + ReportFixture.B1_INTRO + ",para. 3",
                        "country,TR,Türkiye,3," + DOC + ",1,Achievements," + ReportFixture.A1_PLEDGE + ",line 10"));
    }

    @Test
    void sessionsAreQuotedAndNeutralised() throws IOException {
        assertThat(read("data/sessions.csv"))
                .isEqualTo(
                        lines(
                                "document,session_index,session_id,title,facilitator,facilitator_listed,sections,words,structure,"
                                        + "facilitator_organization",
                                DOC
                                        + ",1,426,When policy meets progress: paving the way for a fit for future digital world,"
                                        + "Lidia Stępińska-Ustasiak,Lidia Stępińska-Ustasiak,3,53,template,Polistratos Institute",
                                DOC
                                        + ",2,421,\"'=SUM(A1) Towards a safer connected world: digital trust, \"\"cyber\"\" resilience\","
                                        + "Lucien Castex,Lucien CASTEX,3,42,template,AFNIC",
                                DOC + ",3,428,'-cmd Local to global: preserving culture and language in a digital era,"
                                        + "Caroline Vuillemin,Caroline Vuillemin,3,21,template,Fondation Hironnelle",
                                "late-summary.docx,1,,Connecting the unconnected in Türkiye and Côte d'Ivoire,,,2,14,outline,"));
    }

    @Test
    void mentionsKeepTheWholeSentenceWithItsLineBreak() throws IOException {
        String links = "Links to WSIS Action Lines";
        assertThat(read("data/action_line_mentions.csv"))
                .isEqualTo(
                        located(
                                "document,session_index,session_id,action_line,notation,section,in_links_section,sentence",
                                DOC
                                        + ",1,426,C3,Action Line C3,Introduction,false,\"Speakers from Türkiye and Poland stressed access"
                                        + " to information (Action Line C3), noting that \"\"open data, open minds\"\"\nremain key.\"",
                                DOC + ",1,426,C1,C1," + links + ",true,\"Links to WSIS Action Lines: C1, C3 and C7.\"",
                                DOC + ",1,426,C3,C3," + links + ",true,\"Links to WSIS Action Lines: C1, C3 and C7.\"",
                                DOC + ",1,426,C7,C7," + links + ",true,\"Links to WSIS Action Lines: C1, C3 and C7.\"",
                                DOC
                                        + ",2,421,C5,C5,Emerging trends,false,'@ITU and partners called for trust by design (C5).",
                                DOC + ",2,421,C2,Action Line C2," + links
                                        + ",true,The session linked to Action Line C2 and AL C5.",
                                DOC + ",2,421,C5,AL C5," + links
                                        + ",true,The session linked to Action Line C2 and AL C5.",
                                DOC
                                        + ",3,428,C9,C9,Case Examples,false,Community radio (C9) keeps local languages alive.",
                                DOC + ",3,428,C8,Action Line C8," + links + ",true,Action Line C8.",
                                "late-summary.docx,1,,C2,C2,,false,Türkiye and Côte d'Ivoire shared rural broadband (C2) results.",
                                "late-summary.docx,1,,C4,Action Line 4,Links to the Action Lines,true,Action Line 4 (capacity building)."));
    }

    @Test
    void actionLinesNamedOnlyAreListedApartWithFormulaLikeTextNeutralised() throws IOException {
        assertThat(read("data/action_line_names.csv"))
                .isEqualTo(lines(
                        "document,session_index,session_id,action_line,sub_line,phrase,section,in_links_section,sentence,location",
                        DOC + ",3,428,C9,,'-the media action line,Case Examples,false,"
                                + "\"'-the media action line keeps local languages alive, said one speaker.\","));
    }

    @Test
    void coverageHasOneRowPerSessionAndLine() throws IOException {
        assertThat(read("data/action_line_coverage.csv"))
                .isEqualTo(lines(
                        "document,session_index,session_id,action_line,mentions,in_links_section,named_only,label_conflict",
                        DOC + ",1,426,C1,1,true,false,",
                        DOC + ",1,426,C3,2,true,false,",
                        DOC + ",1,426,C7,1,true,false,",
                        DOC + ",2,421,C2,1,true,false,",
                        DOC + ",2,421,C5,2,true,false,",
                        DOC + ",3,428,C8,1,true,false,",
                        DOC + ",3,428,C9,1,false,false,",
                        "late-summary.docx,1,,C2,1,false,false,",
                        "late-summary.docx,1,,C4,1,true,false,"));
    }

    /** A line named only gets its row with 0 references; a conflicting label is given on its line's row. */
    @Test
    void coverageMarksLinesNamedOnlyAndConflictingLabels(@TempDir Path marked) throws IOException {
        new CsvExporter().writeAll(InMemoryRunData.of(ReportFixture.withCoverageMarks()), marked);
        List<String> rows = Files.readAllLines(marked.resolve("data/action_line_coverage.csv"));
        assertThat(rows.subList(1, 7))
                .containsExactly(
                        DOC + ",1,426,C1,1,true,false,",
                        DOC + ",1,426,C3,2,true,false,",
                        DOC + ",1,426,C6,0,false,true,",
                        DOC + ",1,426,C7,1,true,false,",
                        DOC + ",2,421,C2,1,true,false,",
                        DOC + ",2,421,C5,2,true,false,E-Governance");
        assertThat(rows).hasSize(11);
    }

    @Test
    void countryMentionsNameTheCountryAndTheKindInLowerCase() throws IOException {
        String intro = "\"Speakers from Türkiye and Poland stressed access to information (Action Line C3), noting that"
                + " \"\"open data, open minds\"\"\nremain key.\"";
        assertThat(read("data/country_mentions.csv"))
                .isEqualTo(located(
                        "document,session_index,session_id,iso2,country,surface,kind,section,sentence",
                        DOC + ",1,426,TR,Türkiye,Türkiye,name,Introduction," + intro,
                        DOC + ",1,426,PL,Poland,Poland,name,Introduction," + intro,
                        DOC
                                + ",1,426,TV,Tuvalu,Tuvalu,name,Achievements,\"Still, 2.6 billion people remain offline; in Tuvalu"
                                + " only 40% of women use the internet.\"",
                        DOC
                                + ",1,426,TR,Türkiye,Turkish,demonym,Achievements,The Turkish delegation pledged universal access"
                                + " by 2030.",
                        DOC
                                + ",2,421,KE,Kenya,Kenya,org,Case Examples,The Communications Authority of Kenya trained 80 000"
                                + " elderly people in AI tools.",
                        DOC + ",2,421,KE,Kenya,Kenya,name,Case Examples,Kenya committed USD 5 million to its universal"
                                + " service fund.",
                        DOC
                                + ",3,428,TR,Türkiye,Turkish,language,Opportunities,'+15% more listeners tuned in to programmes"
                                + " in the Turkish language.",
                        "late-summary.docx,1,,TR,Türkiye,Türkiye,name,,Türkiye and Côte d'Ivoire shared rural broadband (C2)"
                                + " results.",
                        "late-summary.docx,1,,CI,Côte d'Ivoire,Côte d'Ivoire,name,,Türkiye and Côte d'Ivoire shared rural"
                                + " broadband (C2) results."));
    }

    @Test
    void countriesCarryRegionSubregionAndGroups() throws IOException {
        assertThat(read("data/countries.csv"))
                .isEqualTo(lines(
                        "iso2,country,region,subregion,groups,mentions,sessions",
                        "TR,Türkiye,Asia,Western Asia,,4,3",
                        "KE,Kenya,Africa,Sub-Saharan Africa,,2,1",
                        "CI,Côte d'Ivoire,Africa,Sub-Saharan Africa,,1,1",
                        "PL,Poland,Europe,Eastern Europe,,1,1",
                        "TV,Tuvalu,Oceania,Polynesia,LDC;SIDS,1,1"));
    }

    @Test
    void themesHaveOneRowPerSessionAndTheme() throws IOException {
        assertThat(read("data/themes.csv"))
                .isEqualTo(lines(
                        "document,session_index,session_id,theme,mentions",
                        DOC + ",1,426,Gender,1",
                        DOC + ",1,426,Connectivity and infrastructure,1",
                        DOC + ",2,421,AI,1",
                        DOC + ",2,421,Older persons,1",
                        DOC + ",2,421,Cybersecurity and trust,1",
                        DOC + ",2,421,Financing and universal service funds,1",
                        DOC + ",3,428,Languages and culture,2",
                        "late-summary.docx,1,,Connectivity and infrastructure,1"));
    }

    @Test
    void figuresWritePlainDecimalsAndNeutraliseTheirText() throws IOException {
        String offline = "\"Still, 2.6 billion people remain offline; in Tuvalu only 40% of women use the internet.\"";
        assertThat(read("data/figures.csv"))
                .isEqualTo(located(
                        "document,session_index,session_id,kind,role,value,unit,text,occurrences,section,sentence",
                        DOC + ",1,426,quantity,stated,2600000000,people,2.6 billion people,1,Achievements," + offline,
                        DOC + ",1,426,percentage,stated,40,%,40%,2,Achievements," + offline,
                        DOC + ",2,421,quantity,stated,80000,elderly people,80 000 elderly people,1,Case Examples,The"
                                + " Communications Authority of Kenya trained 80 000 elderly people in AI tools.",
                        DOC
                                + ",2,421,money,target,5000000,USD,USD 5 million,1,Case Examples,Kenya committed USD 5 million to"
                                + " its universal service fund.",
                        DOC
                                + ",3,428,percentage,stated,15,%,'+15%,1,Opportunities,'+15% more listeners tuned in to programmes"
                                + " in the Turkish language."));
    }

    @Test
    void findingsWriteAMissingSessionAsEmpty() throws IOException {
        assertThat(read("data/findings.csv"))
                .isEqualTo(lines(
                        "document,session_index,severity,check,message,evidence,location",
                        DOC
                                + ",2,WARNING,facilitator-name-mismatch,Facilitator is named 'Lucien Castex' in the summary but"
                                + " 'Lucien CASTEX' in the facilitators table.,Lucien Castex / Lucien CASTEX,line 21",
                        "late-summary.docx,,INFO,missing-facilitators-table,\"The document has no facilitators table, so"
                                + " sessions have no session number.\",,"));
    }

    @Test
    void rejectsHaveAHeaderEvenWhenEmpty(@TempDir Path empty) throws IOException {
        AnalysisResult full = ReportFixture.result();
        AnalysisResult none = new AnalysisResult(
                full.run(),
                full.actionLines(),
                full.documents(),
                full.sessions(),
                full.actionLineMentions(),
                full.actionLineNames(),
                full.coverage(),
                full.labelConflicts(),
                full.countries(),
                full.themes(),
                full.figures(),
                full.findings(),
                List.of());
        new CsvExporter().writeAll(InMemoryRunData.of(none), empty);
        assertThat(read(empty.resolve("rejects.csv"))).isEqualTo(lines("input,reason"));
        assertThat(read("rejects.csv"))
                .isEqualTo(
                        lines(
                                "input,reason",
                                "notes.pdf,Cannot read 'notes.pdf': the file is encrypted (password required); it was skipped."));
    }

    @Test
    void startsWithAByteOrderMarkAndParsesBackToTheOriginalValues() throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve("data/sessions.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(read("data/sessions.csv")))
                .getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(1).get("title")).isEqualTo("'" + ReportFixture.A2_TITLE);
        assertThat(records.get(0).get("facilitator")).isEqualTo("Lidia Stępińska-Ustasiak");
        assertThat(records.get(3).get("session_id")).isEmpty();
    }

    /** The file's text after the byte-order mark. */
    private static String read(String relative) throws IOException {
        return read(folder.resolve(relative));
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return text.substring(1);
    }

    /**
     * The header with "location" added, and each row with its session's location in the fixture
     * ({@link ReportFixture#location}): line 10 × n of the text document, paragraph 3 × n of the Word one.
     */
    private static String located(String header, String... rows) {
        String[] all = new String[rows.length + 1];
        all[0] = header + ",location";
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            String location = row.startsWith("late-summary.docx,1,")
                    ? "para. 3"
                    : "line "
                            + 10
                                    * Integer.parseInt(
                                            row.substring(DOC.length() + 1, row.indexOf(',', DOC.length() + 1)));
            all[i + 1] = row + "," + location;
        }
        return lines(all);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
