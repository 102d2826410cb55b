package org.imrworkstation.letter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Makes small PDFs with PDFBox at test time: one list of lines per page, Helvetica 11 pt. */
final class TestPdfs {

    /** A page with no text at all, only an image (a "scan"). */
    static final List<String> IMAGE_PAGE = List.of("\u0000image");

    static {
        PdfLogging.quiet(); // PDFBox warns about the fallback for Helvetica while the test PDFs are made
    }

    private static final float FONT_SIZE = 11;
    private static final float LEADING = 14;
    private static final float MARGIN = 72;

    private final List<List<String>> pages;
    private Encryption encryption = Encryption.NONE;
    private String userPassword = "";
    private boolean compress = true;
    private boolean bottomUp;

    enum Encryption { NONE, EMPTY_USER_PASSWORD_NO_COPY, USER_PASSWORD }

    private TestPdfs(List<List<String>> pages) {
        this.pages = pages;
    }

    @SafeVarargs
    static TestPdfs pages(List<String>... pages) {
        return new TestPdfs(Arrays.asList(pages));
    }

    static TestPdfs lines(String... lines) {
        return new TestPdfs(List.of(List.of(lines)));
    }

    /** As the IMR letters are published: empty user password, an owner password, copying not allowed. */
    TestPdfs encryptedNoCopy() {
        encryption = Encryption.EMPTY_USER_PASSWORD_NO_COPY;
        return this;
    }

    TestPdfs userPassword(String password) {
        encryption = Encryption.USER_PASSWORD;
        userPassword = password;
        return this;
    }

    /** Classic cross-reference table, no object streams: what an old writer produces. */
    TestPdfs uncompressed() {
        compress = false;
        return this;
    }

    /** Draws each page's lines from the last to the first (at the same places on the page). */
    TestPdfs drawnBottomUp() {
        bottomUp = true;
        return this;
    }

    byte[] bytes() {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (lines == IMAGE_PAGE) {
                        drawImage(document, content);
                        continue;
                    }
                    float top = PDRectangle.LETTER.getHeight() - MARGIN;
                    for (int i = 0; i < lines.size(); i++) {
                        int index = bottomUp ? lines.size() - 1 - i : i;
                        content.beginText();
                        content.setFont(font, FONT_SIZE);
                        content.newLineAtOffset(MARGIN, top - index * LEADING);
                        content.showText(lines.get(index));
                        content.endText();
                    }
                }
            }
            if (encryption != Encryption.NONE) {
                AccessPermission permissions = new AccessPermission();
                if (encryption == Encryption.EMPTY_USER_PASSWORD_NO_COPY) {
                    permissions.setCanExtractContent(false);
                    permissions.setCanExtractForAccessibility(false);
                    permissions.setCanModify(false);
                }
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, compress ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(Path file) {
        try {
            Files.write(file, bytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawImage(PDDocument document, PDPageContentStream content) throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.fillRect(20, 40, 160, 8); // a "line of text", as pixels
        } finally {
            g.dispose();
        }
        PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
        content.drawImage(xObject, MARGIN, 500, 400, 200);
    }
}
