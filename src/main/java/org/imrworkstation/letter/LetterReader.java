package org.imrworkstation.letter;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one {@code .txt} or {@code .pdf} file into a {@link Letter}. Immutable and thread-safe: one
 * reader may be used from several threads at once.
 *
 * <p>{@code .txt}: UTF-8, or windows-1252 when the bytes are not valid UTF-8 (UTF-16 with a byte
 * order mark is read too); a leading BOM is dropped, CR LF and lone CR become LF, nothing else
 * changes. {@code .pdf}: the text layer through PDFBox, page by page in reading order, pages
 * separated by a single LF, white space at line ends removed, hyphens kept as they are.
 */
public final class LetterReader {

    static {
        PdfLogging.quiet();
    }

    private final ReadOptions options;

    public LetterReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ReadOptions options() {
        return options;
    }

    /**
     * Reads one file. Every problem with the file (missing, unreadable, too large, empty, binary,
     * not a PDF, password, no text layer, ...) is a {@link LetterReadException} whose message says
     * what is wrong.
     */
    public Letter read(Path file) throws LetterReadException {
        Objects.requireNonNull(file, "file");
        PdfLogging.quiet();
        if (!Files.exists(file)) {
            throw new LetterReadException("no such file");
        }
        if (Files.isDirectory(file)) {
            throw new LetterReadException("is a directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new LetterReadException("not a regular file");
        }
        String format = formatOf(file);
        if (format == null) {
            throw new LetterReadException("not a .txt or .pdf file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw cannotRead(e);
        }
        checkSize(size);
        if (size == 0) {
            throw new LetterReadException("empty file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw cannotRead(e);
        }
        checkSize(bytes.length); // it may have grown since
        String sha256 = sha256Hex(bytes);

        String text;
        List<String> warnings;
        if (Letter.PDF.equals(format)) {
            PdfExtractor.Extracted pdf = PdfExtractor.extract(bytes);
            text = pdf.text();
            warnings = pdf.warnings();
        } else {
            TxtDecoder.Decoded txt = TxtDecoder.decode(bytes);
            text = txt.text();
            warnings = txt.warnings();
        }
        return new Letter(nameOf(file), file, text, sha256, format, warnings);
    }

    /** True for a name ending in {@code .txt} or {@code .pdf}, in any case. */
    public static boolean isLetterFile(Path p) {
        return p != null && formatOf(p) != null;
    }

    /**
     * The files to read for command-line arguments, in argument order: a file (or anything that is
     * not a directory, including a path that does not exist, so that the caller reports "no such
     * file" through {@link #read(Path)}) is kept as given; a directory is walked, sub-directories
     * included, in sorted name order, keeping files ending in {@code .txt}/{@code .pdf} and skipping
     * hidden entries (names starting with "."). A file listed twice is kept once.
     *
     * @throws IOException when a directory cannot be listed
     */
    public static List<Path> expand(List<Path> args) throws IOException {
        Set<Path> seen = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> found = new ArrayList<>();
                walk(arg, found, new LinkedHashSet<>());
                for (Path p : found) {
                    addOnce(p, seen, out);
                }
            } else {
                addOnce(arg, seen, out);
            }
        }
        return List.copyOf(out);
    }

    private static void addOnce(Path p, Set<Path> seen, List<Path> out) {
        if (seen.add(p.toAbsolutePath().normalize())) {
            out.add(p);
        }
    }

    private static void walk(Path dir, List<Path> out, Set<Path> onStack) throws IOException {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            real = dir.toAbsolutePath().normalize();
        }
        if (!onStack.add(real)) {
            return; // a link back up the tree
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                entries.add(p);
            }
        } catch (IOException e) {
            throw new IOException(dir + ": cannot list directory: " + describe(e), e);
        }
        entries.sort(Comparator.comparing(LetterReader::nameOf));
        for (Path p : entries) {
            if (nameOf(p).startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                walk(p, out, onStack);
            } else if (isLetterFile(p) && Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        onStack.remove(real);
    }

    private void checkSize(long size) throws LetterReadException {
        if (size > options.maxBytes()) {
            throw new LetterReadException("file too large: " + formatSize(size)
                    + " (limit " + formatSize(options.maxBytes()).replace(".0 ", " ") + ", see --max-size)");
        }
    }

    /** "512 bytes", "3.4 KB", "73.2 MB", "1.5 GB" (1 KB = 1024 bytes). */
    static String formatSize(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        do {
            value /= 1024;
            unit++;
        } while (value >= 1024 && unit < units.length - 1);
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String formatOf(Path p) {
        String name = nameOf(p).toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Letter.TXT;
        }
        if (name.endsWith(".pdf")) {
            return Letter.PDF;
        }
        return null;
    }

    private static String nameOf(Path p) {
        Path name = p.getFileName();
        return name == null ? p.toString() : name.toString();
    }

    static String sha256Hex(byte[] bytes) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
        byte[] hash = digest.digest(bytes);
        StringBuilder hex = new StringBuilder(hash.length * 2);
        for (byte b : hash) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }

    private static LetterReadException cannotRead(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return new LetterReadException("no such file", e);
        }
        return new LetterReadException("cannot read file: " + describe(e), e);
    }

    private static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory";
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return reason.strip().replaceAll("\\s+", " ");
    }
}
