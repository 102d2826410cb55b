package org.imrworkstation.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterReaderTxtTest {

    @TempDir
    Path dir;

    private final LetterReader reader = new LetterReader(ReadOptions.defaults());

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void readsUtf8AsIs() throws Exception {
        String text = "Case Number: CM16-0233904\nThe “expert” reviewer — § 4610, café\n\ttabbed\fform feed\n";
        Path file = write("CM16-0233904.txt", text);

        Letter letter = reader.read(file);

        assertThat(letter.text()).isEqualTo(text);
        assertThat(letter.name()).isEqualTo("CM16-0233904.txt");
        assertThat(letter.source()).isEqualTo(file);
        assertThat(letter.format()).isEqualTo("txt");
        assertThat(letter.warnings()).isEmpty();
    }

    @Test
    void fallsBackToWindows1252WhenNotUtf8() throws Exception {
        // “Hi” § café  in windows-1252
        byte[] cp1252 = concat(bytes(0x93), ascii("Hi"), bytes(0x94), ascii(" "), bytes(0xA7), ascii(" caf"), bytes(0xE9),
                ascii("\r\n"));
        Letter letter = reader.read(write("old.txt", cp1252));

        assertThat(letter.text()).isEqualTo("“Hi” § café\n");
        assertThat(letter.warnings()).isEmpty();
    }

    @Test
    void validUtf8IsNeverReadAsWindows1252() throws Exception {
        Letter letter = reader.read(write("utf8.txt", "café “quoted” §"));
        assertThat(letter.text()).isEqualTo("café “quoted” §");
        assertThat(letter.warnings()).isEmpty();
    }

    @Test
    void dropsLeadingBom() throws Exception {
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), "Case Number: CM16\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(write("bom.txt", withBom)).text()).isEqualTo("Case Number: CM16\n");
    }

    @Test
    void dropsBomOfAWindows1252FileWithUtf8Bom() throws Exception {
        byte[] mixed = concat(bytes(0xEF, 0xBB, 0xBF), ascii("caf"), bytes(0xE9));
        assertThat(reader.read(write("mixed.txt", mixed)).text()).isEqualTo("café");
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] utf16 = concat(bytes(0xFF, 0xFE), "Case “1”\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(reader.read(write("notepad.txt", utf16)).text()).isEqualTo("Case “1”\n");
    }

    @Test
    void normalisesCrLfAndLoneCr() throws Exception {
        Letter letter = reader.read(write("crlf.txt", "one\r\ntwo\rthree\n\r\nfour\r\r"));
        assertThat(letter.text()).isEqualTo("one\ntwo\nthree\n\nfour\n\n");
    }

    @Test
    void changesNothingElse() throws Exception {
        String text = "  leading spaces\ntrailing spaces   \n\n\n10-30-\n2016\t\n";
        assertThat(reader.read(write("keep.txt", text)).text()).isEqualTo(text);
    }

    @Test
    void emptyFileIsAnError() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class).hasMessage("empty file");
    }

    @Test
    void bomOnlyIsEmpty() throws Exception {
        Path file = write("bom-only.txt", bytes(0xEF, 0xBB, 0xBF));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class).hasMessage("empty file");
    }

    @Test
    void whiteSpaceOnlyIsAnError() throws Exception {
        Path file = write("blank.txt", " \t\r\n\n\u00A0\f  \n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class).hasMessage("only white space");
    }

    @Test
    void nulBytesAreBinary() throws Exception {
        Path file = write("image.txt", concat(ascii("GIF89a"), bytes(0x00, 0x01, 0x02), ascii("more")));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("not a text file (binary content)");
    }

    @Test
    void manyControlCharactersAreBinary() throws Exception {
        byte[] noisy = new byte[400];
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a' + i % 26); // a third are control characters, no NUL
        }
        Path file = write("noise.txt", noisy);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("not a text file (binary content)");
    }

    @Test
    void aStrayControlCharacterIsNotBinary() throws Exception {
        String text = "x".repeat(200) + "\u001b" + "y".repeat(200);
        assertThat(reader.read(write("stray.txt", text)).text()).isEqualTo(text);
    }

    @Test
    void aPdfNamedTxtIsNotText() throws Exception {
        Path file = write("letter.txt", TestPdfs.lines("hello").bytes());
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessageStartingWith("not a text file");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.txt");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class).hasMessage("no such file");
    }

    @Test
    void directoryIsNotALetter() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("letters.txt"));
        assertThatThrownBy(() -> reader.read(sub)).isInstanceOf(LetterReadException.class).hasMessage("is a directory");
    }

    @Test
    void wrongExtension() throws Exception {
        Path file = write("letter.docx", "text");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("not a .txt or .pdf file");
    }

    @Test
    void extensionIsCaseInsensitive() throws Exception {
        assertThat(reader.read(write("UPPER.TXT", "text")).format()).isEqualTo("txt");
        assertThat(LetterReader.isLetterFile(Path.of("a.Pdf"))).isTrue();
        assertThat(LetterReader.isLetterFile(Path.of("dir", "b.TXT"))).isTrue();
        assertThat(LetterReader.isLetterFile(Path.of("c.pdf.bak"))).isFalse();
        assertThat(LetterReader.isLetterFile(Path.of("txt"))).isFalse();
    }

    @Test
    void tooLargeWithSmallLimit() throws Exception {
        Path file = write("big.txt", "x".repeat(100));
        LetterReader small = new LetterReader(new ReadOptions(10));
        assertThatThrownBy(() -> small.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("file too large: 100 bytes (limit 10 bytes, see --max-size)");
        assertThat(new LetterReader(new ReadOptions(100)).read(file).text()).hasSize(100);
        assertThatThrownBy(() -> new LetterReader(new ReadOptions(0)).read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("file too large: 100 bytes (limit 0 bytes, see --max-size)");
    }

    @Test
    void tooLargeIsCheckedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(76_755_763L); // sparse: nothing is written
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LetterReadException.class)
                .hasMessage("file too large: 73.2 MB (limit 50 MB, see --max-size)");
    }

    @Test
    void formatsSizes() {
        assertThat(LetterReader.formatSize(1)).isEqualTo("1 byte");
        assertThat(LetterReader.formatSize(1023)).isEqualTo("1023 bytes");
        assertThat(LetterReader.formatSize(1536)).isEqualTo("1.5 KB");
        assertThat(LetterReader.formatSize(ReadOptions.DEFAULT_MAX_BYTES)).isEqualTo("50.0 MB");
        assertThat(LetterReader.formatSize(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
    }

    @Test
    void readOptionsDefaultsTo50Megabytes() {
        assertThat(ReadOptions.defaults().maxBytes()).isEqualTo(50L * 1024 * 1024);
        assertThatThrownBy(() -> new ReadOptions(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sha256IsOverTheRawBytes() throws Exception {
        assertThat(reader.read(write("abc.txt", "abc")).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

        byte[] raw = concat(bytes(0xEF, 0xBB, 0xBF), ascii("line\r\n"));
        Letter letter = reader.read(write("raw.txt", raw));
        assertThat(letter.text()).isEqualTo("line\n");
        assertThat(letter.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)));
    }

    @Test
    void warningsAreImmutable() throws Exception {
        Letter letter = reader.read(write("a.txt", "a"));
        assertThatThrownBy(() -> letter.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
