package org.imrworkstation.letter;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One letter as read from one file.
 *
 * @param name     the file name (last path element), e.g. {@code CM16-0233904.pdf}
 * @param source   the path the letter was read from, as given to {@link LetterReader#read(Path)}
 * @param text     the letter's text; line ends are always {@code "\n"}
 * @param sha256   lower-case hex SHA-256 of the file's raw bytes
 * @param format   {@code "txt"} or {@code "pdf"}
 * @param warnings problems that did not stop the reading (e.g. a damaged PDF); never null
 */
public record Letter(String name, Path source, String text, String sha256, String format, List<String> warnings) {

    public static final String TXT = "txt";
    public static final String PDF = "pdf";

    public Letter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
