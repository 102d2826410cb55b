package org.imrworkstation.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes a letter's text as a simple multi-page PDF with a text layer, for benchmarks. */
public final class SyntheticPdf {

    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;
    private static final int LINES_PER_PAGE = 52;

    private SyntheticPdf() {
    }

    public static void write(String text, Path file) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(winAnsi(line));
        }
        try (PDDocument doc = new PDDocument()) {
            for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, FONT_SIZE);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(54, 740);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** Helvetica's WinAnsi encoding has no tabs or characters outside Latin-1 punctuation. */
    private static String winAnsi(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                b.append("    ");
            } else if (c < 32) {
                b.append(' ');
            } else if (c < 256 || "\u201c\u201d\u2018\u2019\u2013\u2014\u2022\u20ac".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('?');
            }
        }
        return b.toString();
    }
}
