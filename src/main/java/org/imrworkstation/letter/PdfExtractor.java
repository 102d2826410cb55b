package org.imrworkstation.letter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Turns the bytes of a {@code .pdf} file into letter text: the text layer, page by page, in
 * reading order. Encrypted PDFs with an empty user password (how the IMR letters are published,
 * with copying "not allowed") are read like any other; PDFBox 3's text stripper does not look at
 * the permissions.
 */
final class PdfExtractor {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF_MARK = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Readers accept the header anywhere in the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;
    /** "%%EOF" is expected near the end; some writers pad after it. */
    private static final int EOF_WINDOW = 2048;
    private static final int MAX_REASON = 100;

    record Extracted(String text, List<String> warnings) {
    }

    private PdfExtractor() {
    }

    static Extracted extract(byte[] bytes) throws LetterReadException {
        if (indexOf(bytes, HEADER, 0, Math.min(bytes.length, HEADER_WINDOW)) < 0) {
            throw new LetterReadException("not a PDF (no %PDF header)");
        }
        boolean truncated = indexOf(bytes, EOF_MARK, Math.max(0, bytes.length - EOF_WINDOW), bytes.length) < 0;
        PDDocument document;
        try {
            document = Loader.loadPDF(bytes); // empty user password
        } catch (InvalidPasswordException e) {
            throw new LetterReadException("PDF needs a password", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new LetterReadException("not a readable PDF: "
                    + (truncated ? "file truncated (" + reason(e) + ")" : reason(e)), e);
        }
        try (document) {
            return extract(document, truncated);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // close() failed, or the page tree itself is broken
            throw new LetterReadException("not a readable PDF: " + reason(e), e);
        }
    }

    private static Extracted extract(PDDocument document, boolean truncated) throws LetterReadException {
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) {
            throw new LetterReadException("not a readable PDF: " + (truncated ? "file truncated, no pages found" : "no pages"));
        }
        List<String> pages = new ArrayList<>(pageCount);
        List<Integer> blank = new ArrayList<>();
        int failed = 0;
        Throwable firstFailure = null;
        PDFTextStripper stripper = newStripper();
        for (int page = 1; page <= pageCount; page++) {
            String text;
            try {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text = tidyPage(stripper.getText(document));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                failed++;
                if (firstFailure == null) {
                    firstFailure = e;
                }
                stripper = newStripper(); // do not trust its state after a failure
                continue;
            }
            if (text.isEmpty()) {
                blank.add(page);
            } else {
                pages.add(text);
            }
        }

        int recovered = pages.size();
        boolean damaged = truncated || failed > 0;
        if (recovered == 0) {
            if (failed > 0) {
                throw new LetterReadException("not a readable PDF: " + reason(firstFailure), firstFailure);
            }
            if (truncated) {
                throw new LetterReadException("not a readable PDF: file truncated, no text recovered");
            }
            throw new LetterReadException("no text layer: scanned image? OCR it first");
        }
        List<String> warnings = new ArrayList<>();
        if (damaged) {
            warnings.add("damaged PDF" + (truncated ? " (truncated)" : "")
                    + ": text recovered from " + recovered + " of " + pageCount + " pages");
        } else if (!blank.isEmpty()) {
            warnings.add("no text on page" + (blank.size() > 1 ? "s " : " ") + pageList(blank)
                    + " of " + pageCount + " (scanned? OCR it)");
        }
        return new Extracted(String.join("\n", pages) + "\n", warnings);
    }

    private static PDFTextStripper newStripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setWordSeparator(" ");
        stripper.setPageStart("");
        stripper.setPageEnd("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd("");
        stripper.setArticleStart("");
        stripper.setArticleEnd("");
        stripper.setAddMoreFormatting(false);
        return stripper;
    }

    /**
     * One page's text: line ends normalised, white space at line ends removed (PDF writers leave a
     * trailing space on nearly every line), no blank lines at the top or bottom. Empty when the
     * page has no text.
     */
    static String tidyPage(String raw) {
        String[] lines = TxtDecoder.normalizeLineEnds(raw).split("\n", -1);
        StringBuilder out = new StringBuilder(raw.length());
        int pendingBlank = 0;
        for (String line : lines) {
            String trimmed = stripTrailing(line);
            if (TxtDecoder.isBlank(trimmed)) {
                if (out.length() > 0) {
                    pendingBlank++;
                }
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
                out.append("\n".repeat(pendingBlank));
            }
            pendingBlank = 0;
            out.append(trimmed);
        }
        return out.toString();
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String pageList(List<Integer> pages) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(pages.get(i));
            if (j > i) {
                out.append('-').append(pages.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }

    /** A short one-line reason from an exception, starting in lower case. */
    static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "structure nested too deeply";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e instanceof IOException ? "unreadable structure" : "internal error (" + e.getClass().getSimpleName() + ")";
        }
        String line = message.strip().replaceAll("\\s+", " ");
        if (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.length() > MAX_REASON) {
            line = line.substring(0, MAX_REASON - 3) + "...";
        }
        if (line.length() > 1 && Character.isUpperCase(line.charAt(0)) && !Character.isUpperCase(line.charAt(1))) {
            line = Character.toLowerCase(line.charAt(0)) + line.substring(1);
        }
        return line;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
