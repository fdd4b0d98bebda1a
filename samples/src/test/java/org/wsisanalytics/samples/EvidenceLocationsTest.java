package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsisanalytics.analytics.countries.CountryDetector;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.figures.FigureDetector;
import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Session;

/**
 * Every mention and figure can be cited: the sentence "Connectivity Scale: Costa Rica increased household internet
 * access from 10% (2005) to 85% (2024), ..." (session 12) and the title of its session, "Click to govern: inclusive
 * and efficient e-services" (where a numbered action line or a country a title names is cited), read from each
 * rendition of the sample, located by hand in the file: its line in the text and HTML files (the HTML title's
 * {@code h1} element spans two lines), its page in the PDFs (pdftotext, page by page), its paragraph in the Word,
 * OpenDocument and RTF files (the {@code w:p} or {@code text:p}/{@code text:h} elements of the body, or the
 * {@code \par} and {@code \cell} marks of the RTF body, counted up to it).
 */
class EvidenceLocationsTest {

    private static final String SENTENCE = "Costa Rica increased household internet access";
    private static final String TITLE = "Click to govern: inclusive and efficient e-services";
    private static CountryDetector countries;

    @BeforeAll
    static void detectors() {
        countries = new CountryDetector(Gazetteer.loadDefault());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "documents/wsis20-hltf-summaries-2025.txt; line 840",
                "renditions/wsis20-hltf-summaries-2025.hard-wrapped.txt; lines 1622–1623",
                "renditions/wsis20-hltf-summaries-2025.html; lines 2061–2063",
                "renditions/wsis20-hltf-summaries-2025.pdf; p. 35",
                "renditions/wsis20-hltf-summaries-2025.word-copy.pdf; p. 33",
                "renditions/wsis20-hltf-summaries-2025.browser.pdf; p. 25",
                "renditions/wsis20-hltf-summaries-2025.docx; para. 455",
                "renditions/wsis20-hltf-summaries-2025.word-copy.docx; para. 464",
                "renditions/wsis20-hltf-summaries-2025.odt; para. 455",
                "renditions/wsis20-hltf-summaries-2025.rtf; para. 455"
            })
    void theCostaRicaSentenceIsCitedWhereItIs(String file, String location) throws Exception {
        Session session = session(file);

        CountryMention costaRica = countries.detect(session).stream()
                .filter(m -> m.iso2().equals("CR") && m.sentence().contains(SENTENCE))
                .findFirst()
                .orElseThrow();
        List<Figure> figures = new FigureDetector()
                .detect(session).stream()
                        .filter(f -> f.sentence().contains(SENTENCE))
                        .toList();

        assertThat(costaRica.location()).hasToString(location);
        assertThat(figures).extracting(Figure::text).contains("85%");
        assertThat(figures).allSatisfy(f -> assertThat(f.location()).hasToString(location));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "documents/wsis20-hltf-summaries-2025.txt; line 828",
                "renditions/wsis20-hltf-summaries-2025.hard-wrapped.txt; line 1604",
                "renditions/wsis20-hltf-summaries-2025.html; lines 2041–2042",
                "renditions/wsis20-hltf-summaries-2025.pdf; p. 35",
                "renditions/wsis20-hltf-summaries-2025.word-copy.pdf; p. 33",
                "renditions/wsis20-hltf-summaries-2025.browser.pdf; p. 24",
                "renditions/wsis20-hltf-summaries-2025.docx; para. 449",
                "renditions/wsis20-hltf-summaries-2025.word-copy.docx; para. 458",
                "renditions/wsis20-hltf-summaries-2025.odt; para. 449",
                "renditions/wsis20-hltf-summaries-2025.rtf; para. 449"
            })
    void theSessionsTitleIsCitedWhereItIs(String file, String location) throws Exception {
        Session session = session(file);

        assertThat(session.title()).isEqualTo(TITLE);
        assertThat(session.titleLocation()).hasToString(location);
        assertThat(session.titleAsSection().location(0, TITLE.length())).hasToString(location);
    }

    private static Session session(String file) throws Exception {
        Path path = Path.of(file);
        ParsedDocument document = new DocumentIngestor(IngestLimits.defaults())
                .read(path, new DocumentSource(path.getFileName().toString(), file, "0".repeat(64), Files.size(path)));
        return document.sessions().stream()
                .filter(s -> s.sections().stream().anyMatch(x -> x.text().contains(SENTENCE)))
                .findFirst()
                .orElseThrow();
    }
}
