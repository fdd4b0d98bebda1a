package org.wsisanalytics.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.ingest.clean.LetterSpacing;

/**
 * One line of a page: its words left to right.
 *
 * @param page 1-based page number
 * @param words the words, left to right
 */
record PdfLine(int page, List<PdfWord> words) {

    /** A gap wider than this many font sizes, and much wider than the line's spaces, separates cells. */
    private static final float CELL_GAP_EMS = 0.9f;

    private static final float CELL_GAP_SPACES = 2.5f;

    PdfLine {
        words = List.copyOf(words);
    }

    float x() {
        return words.get(0).x();
    }

    float xEnd() {
        return words.get(words.size() - 1).xEnd();
    }

    float y() {
        return (float) words.stream().mapToDouble(PdfWord::y).max().orElse(0);
    }

    /** Whether every word is bold: a line set in bold as a whole, not a bold lead-in. */
    boolean bold() {
        return words.stream().allMatch(PdfWord::bold);
    }

    /** The size most of the line's characters have. */
    float fontSize() {
        float best = 0;
        int bestCount = -1;
        for (PdfWord word : words) {
            int count = 0;
            for (PdfWord other : words) {
                if (Math.abs(other.fontSize() - word.fontSize()) < 0.25f) {
                    count += other.text().length();
                }
            }
            if (count > bestCount) {
                best = word.fontSize();
                bestCount = count;
            }
        }
        return best;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (Cell cell : cells()) {
            text.append(text.length() == 0 ? "" : "\t").append(cell.text());
        }
        return text.toString();
    }

    /** The line cut at gaps far wider than a space: table cells, or a list marker and its text. */
    List<Cell> cells() {
        float space = typicalSpace();
        List<Cell> cells = new ArrayList<>();
        List<PdfWord> current = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            PdfWord word = words.get(i);
            if (i > 0) {
                float gap = word.x() - words.get(i - 1).xEnd();
                if (gap > CELL_GAP_EMS * word.fontSize() && gap > CELL_GAP_SPACES * space) {
                    cells.add(new Cell(current));
                    current = new ArrayList<>();
                }
            }
            current.add(word);
        }
        cells.add(new Cell(current));
        return cells;
    }

    private float typicalSpace() {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            gaps.add(Math.max(0, words.get(i).x() - words.get(i - 1).xEnd()));
        }
        if (gaps.size() < 3) {
            return 0.3f * words.get(0).fontSize();
        }
        gaps.sort(Float::compare);
        // Cell gaps can outnumber spaces in a table row; a space is never wider than this.
        float size = words.get(0).fontSize();
        return Math.min(Math.max(gaps.get(gaps.size() / 2), 0.15f * size), 0.35f * size);
    }

    /** Words that sit together; their text is joined with single spaces. */
    record Cell(List<PdfWord> words) {

        Cell {
            words = List.copyOf(words);
        }

        float x() {
            return words.get(0).x();
        }

        float xEnd() {
            return words.get(words.size() - 1).xEnd();
        }

        /** The words joined with single spaces; letter-spaced display text joined into words by its gaps. */
        String text() {
            String spaced = letterSpaced();
            if (spaced != null) {
                return spaced;
            }
            StringBuilder text = new StringBuilder();
            for (PdfWord word : words) {
                text.append(text.length() == 0 ? "" : " ").append(word.text());
            }
            return text.toString().replaceAll("\\s+", " ").strip();
        }

        private String letterSpaced() {
            if (words.size() < 4) {
                return null;
            }
            double[] gaps = new double[words.size() - 1];
            for (int i = 1; i < words.size(); i++) {
                gaps[i - 1] = words.get(i).x() - words.get(i - 1).xEnd();
            }
            return LetterSpacing.join(
                    words.stream().map(word -> word.text().strip()).toList(), gaps);
        }

        /** The hyperlink targets of the cell's words, in order, without repeats. */
        List<String> links() {
            return words.stream()
                    .map(PdfWord::link)
                    .filter(link -> link != null)
                    .distinct()
                    .toList();
        }
    }
}
