package org.imrworkstation.letter;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns the bytes of a {@code .txt} file into letter text. */
final class TxtDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More than this share of control characters (other than tab, LF, CR, FF) means binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    record Decoded(String text, List<String> warnings) {
    }

    private TxtDecoder() {
    }

    static Decoded decode(byte[] bytes) throws LetterReadException {
        if (bytes.length == 0) {
            throw new LetterReadException("empty file");
        }
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            // UTF-16 with a byte order mark (Notepad's "Unicode"): its NUL bytes are not binary.
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            try {
                text = strict(utf16, bytes, 2);
            } catch (CharacterCodingException e) {
                throw new LetterReadException("not a text file (binary content)");
            }
        } else {
            if (looksLikePdf(bytes)) {
                throw new LetterReadException("not a text file (PDF content: rename it to .pdf?)");
            }
            if (hasNul(bytes)) {
                throw new LetterReadException("not a text file (binary content)");
            }
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            try {
                text = strict(StandardCharsets.UTF_8, bytes, start);
            } catch (CharacterCodingException e) {
                // the expected fallback for older letters, so no warning
                text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = normalizeLineEnds(text);
        if (isBinary(text)) {
            throw new LetterReadException("not a text file (binary content)");
        }
        if (isBlank(text)) {
            throw new LetterReadException(text.isEmpty() ? "empty file" : "only white space");
        }
        return new Decoded(text, List.of());
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** CR LF and lone CR become LF; nothing else changes. */
    static String normalizeLineEnds(String s) {
        int cr = s.indexOf('\r');
        if (cr < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, cr);
        for (int i = cr; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** NUL characters, or a high share of control characters other than tab, LF, CR and FF. */
    static boolean isBinary(String s) {
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isOddControl(c)) {
                controls++;
            }
        }
        return controls > 0 && controls > s.length() * MAX_CONTROL_SHARE;
    }

    private static boolean isOddControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    /** True when the text has nothing but white space (including no-break and other Unicode spaces). */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikePdf(byte[] bytes) {
        return startsWith(bytes, '%', 'P', 'D', 'F', '-');
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
