package org.imrworkstation.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterReaderPdfTest {

    @TempDir
    Path dir;

    private final LetterReader reader = new LetterReader(ReadOptions.defaults());

    private static final List<String> PAGE_ONE = List.of(
            "Case Number: CM16-0233904",
            "The injured worker is a 37 year old female who sustained an injury on 10-30-",
            "2016. Treatment to date has included medication.");
    private static final List<String> PAGE_TWO = List.of(
            "IMR ISSUES, DECISIONS AND RATIONALES",
            "Baclofen 100mg #3: Upheld");
    private static final String TWO_PAGES_TEXT = String.join("\n", PAGE_ONE) + "\n" + String.join("\n", PAGE_TWO) + "\n";

    @Test
    void readsTextAcrossTwoPages() throws Exception {
        Path file = TestPdfs.pages(PAGE_ONE, PAGE_TWO).write(dir.resolve("CM16-0233904.pdf"));

        Letter letter = reader.read(file);

        assertThat(letter.text()).isEqualTo(TWO_PAGES_TEXT);
        assertThat(letter.format()).isEqualTo("pdf");
        assertThat(letter.name()).isEqualTo("CM16-0233904.pdf");
        assertThat(letter.warnings()).isEmpty();
    }

    @Test
    void keepsHyphensAtLineEnds() throws Exception {
        Letter letter = reader.read(TestPdfs.pages(PAGE_ONE).write(dir.resolve("h.pdf")));
        assertThat(letter.text()).contains("on 10-30-\n2016.");
    }

    @Test
    void readsInReadingOrderNotDrawingOrder() throws Exception {
        Path file = TestPdfs.pages(PAGE_ONE, PAGE_TWO).drawnBottomUp().write(dir.resolve("order.pdf"));
        assertThat(reader.read(file).text()).isEqualTo(TWO_PAGES_TEXT);
    }

    @Test
    void readsEncryptedPdfWithEmptyUserPasswordAndCopyNotAllowed() throws Exception {
        byte[] bytes = TestPdfs.pages(PAGE_ONE, PAGE_TWO).encryptedNoCopy().bytes();
        try (PDDocument check = Loader.loadPDF(bytes)) { // the test PDF is what the real letters are
            assertThat(check.isEncrypted()).isTrue();
            assertThat(check.getCurrentAccessPermission().canExtractContent()).isFalse();
        }
        Path file = Files.write(dir.resolve("published.pdf"), bytes);

        Letter letter = reader.read(file);

        assertThat(letter.text()).isEqualTo(TWO_PAGES_TEXT);
        assertThat(letter.warnings()).isEmpty();
    }

    @Test
    void pdfWithUserPasswordNeedsAPassword() throws Exception {
        Path file = TestPdfs.pages(PAGE_ONE).userPassword("secret").write(dir.resolve("locked.pdf"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("PDF needs a password");
    }

    @Test
    void imageOnlyPdfHasNoTextLayer() throws Exception {
        Path file = TestPdfs.pages(TestPdfs.IMAGE_PAGE, TestPdfs.IMAGE_PAGE).write(dir.resolve("scan.pdf"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("no text layer: scanned image? OCR it first");
    }

    @Test
    void pageWithoutTextIsAWarning() throws Exception {
        Path file = TestPdfs.pages(PAGE_ONE, TestPdfs.IMAGE_PAGE, PAGE_TWO).write(dir.resolve("mixed.pdf"));

        Letter letter = reader.read(file);

        assertThat(letter.text()).isEqualTo(TWO_PAGES_TEXT);
        assertThat(letter.warnings()).containsExactly("no text on page 2 of 3 (scanned? OCR it)");
    }

    @Test
    void noPdfHeader() throws Exception {
        Path file = Files.writeString(dir.resolve("fake.pdf"), "Case Number: CM16-0233904\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("not a PDF (no %PDF header)");
    }

    @Test
    void emptyPdfFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class).hasMessage("empty file");
    }

    @Test
    void corruptPdfIsNotReadable() throws Exception {
        byte[] garbage = new byte[3000];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        byte[] bytes = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), garbage);
        Path file = Files.write(dir.resolve("corrupt.pdf"), bytes);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessageStartingWith("not a readable PDF: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(160));
    }

    @Test
    void truncatedPdfIsAnErrorOrAWarningNeverAnythingElse() throws Exception {
        List<String> pageThree = List.of("Page three text");
        List<String> pageFour = List.of("Page four text");
        for (boolean compressed : new boolean[] {true, false}) {
            TestPdfs pdf = TestPdfs.pages(PAGE_ONE, PAGE_TWO, pageThree, pageFour);
            byte[] whole = (compressed ? pdf : pdf.uncompressed()).bytes();
            boolean sawPartial = false;
            for (int cut = whole.length - 1; cut > 0; cut -= 13) {
                Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, cut));
                try {
                    Letter letter = reader.read(file);
                    if (letter.warnings().isEmpty()) { // only the line end after %%EOF was cut
                        assertThat(whole.length - cut).as("cut at %d", cut).isLessThanOrEqualTo(2);
                        continue;
                    }
                    assertThat(letter.warnings()).as("cut at %d", cut).hasSize(1);
                    assertThat(letter.warnings().get(0))
                            .matches("damaged PDF \\(truncated\\): text recovered from [1-4] of [1-4] pages");
                    assertThat(letter.text()).startsWith(String.join("\n", PAGE_ONE) + "\n");
                    if (letter.warnings().get(0).contains("from 2 of 4")) {
                        sawPartial = true;
                        assertThat(letter.text()).isEqualTo(TWO_PAGES_TEXT);
                    }
                } catch (LetterReadException e) {
                    assertThat(e.getMessage()).as("cut at %d", cut)
                            .matches("not a readable PDF: .+|not a PDF \\(no %PDF header\\)")
                            .doesNotContain("\n");
                }
            }
            if (!compressed) {
                assertThat(sawPartial).as("some cut of the classic PDF gives pages 1-2 of 4").isTrue();
            }
        }
    }

    @Test
    void halfOfAPdfWithObjectStreamsSaysTruncated() throws Exception {
        // like the published letters: cross-reference stream and object streams at the end of the file
        byte[] whole = TestPdfs.pages(PAGE_ONE, PAGE_TWO).encryptedNoCopy().bytes();
        Path file = Files.write(dir.resolve("half.pdf"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessageStartingWith("not a readable PDF: file truncated");
    }

    @Test
    void sha256OfPdfBytes() throws Exception {
        byte[] bytes = TestPdfs.pages(PAGE_ONE).encryptedNoCopy().bytes();
        Path file = Files.write(dir.resolve("sha.pdf"), bytes);
        assertThat(reader.read(file).sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void tooLargePdf() throws Exception {
        Path file = TestPdfs.pages(PAGE_ONE).write(dir.resolve("big.pdf"));
        LetterReader small = new LetterReader(new ReadOptions(100));
        assertThatThrownBy(() -> small.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessageMatching("file too large: [0-9.]+ (bytes|KB) \\(limit 100 bytes, see --max-size\\)");
    }

    @Test
    void pdfBoxLogsNothing() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String name = record.getLoggerName() == null ? "" : record.getLoggerName();
                if (name.startsWith("org.apache.pdfbox") || name.startsWith("org.apache.fontbox")) {
                    synchronized (records) {
                        records.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            // Helvetica is not embedded: PDFBox would warn "Using fallback font ..." for each document
            reader.read(TestPdfs.pages(PAGE_ONE).encryptedNoCopy().write(dir.resolve("quiet.pdf")));
            Files.write(dir.resolve("broken.pdf"), Arrays.copyOf(TestPdfs.pages(PAGE_ONE).bytes(), 400));
            assertThatThrownBy(() -> reader.read(dir.resolve("broken.pdf"))).isInstanceOf(LetterReadException.class);
        } finally {
            root.removeHandler(handler);
        }
        assertThat(records).isEmpty();
        assertThat(Logger.getLogger("org.apache.pdfbox").getLevel()).isEqualTo(Level.OFF);
        assertThat(Logger.getLogger("org.apache.fontbox").getLevel()).isEqualTo(Level.OFF);
    }

    @Test
    void oneReaderFromManyThreads() throws Exception {
        List<Path> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<String> page = List.of("Letter number " + i, "Decision: " + (i % 2 == 0 ? "Upheld" : "Overturned"));
            TestPdfs pdf = TestPdfs.pages(page, List.of("Second page of " + i));
            files.add((i % 3 == 0 ? pdf.encryptedNoCopy() : pdf).write(dir.resolve("l" + i + ".pdf")));
            expected.add(String.join("\n", page) + "\nSecond page of " + i + "\n");
            files.add(Files.writeString(dir.resolve("t" + i + ".txt"), "text " + i + "\r\n"));
            expected.add("text " + i + "\n");
        }
        int threads = 8;
        List<Throwable> errors = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread worker = new Thread(() -> {
                try {
                    for (int round = 0; round < 3; round++) {
                        for (int k = 0; k < files.size(); k++) {
                            int i = (k + offset) % files.size();
                            String text = reader.read(files.get(i)).text();
                            if (!text.equals(expected.get(i))) {
                                throw new AssertionError(files.get(i) + " read as " + text);
                            }
                        }
                    }
                } catch (Throwable e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join(60_000);
            if (worker.isAlive()) {
                fail("reader thread did not finish");
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void tidyPageStripsLineEndSpacesAndOuterBlankLines() {
        assertThat(PdfExtractor.tidyPage(" \r\nCase Number: 1 \r\n\r\nbody\t\n \n\n")).isEqualTo("Case Number: 1\n\nbody");
        assertThat(PdfExtractor.tidyPage(" \n \n")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
