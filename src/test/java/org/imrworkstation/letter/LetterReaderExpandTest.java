package org.imrworkstation.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterReaderExpandTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void walksDirectoriesSortedAndKeepsArgumentOrder() throws Exception {
        Path letters = dir.resolve("letters");
        touch("letters/c.txt");
        touch("letters/a.pdf");
        touch("letters/b.TXT");
        touch("letters/notes.docx");
        touch("letters/.hidden.txt");
        touch("letters/sub/d.pdf");
        touch("letters/.git/e.txt");
        Path first = touch("z-first.txt");
        Path last = touch("a-last.pdf");
        Path odd = touch("readme.md");
        Path missing = dir.resolve("missing.txt");

        List<Path> files = LetterReader.expand(List.of(first, letters, missing, odd, last));

        assertThat(files).containsExactly(
                first,
                letters.resolve("a.pdf"),
                letters.resolve("b.TXT"),
                letters.resolve("c.txt"),
                letters.resolve("sub/d.pdf"),
                missing,
                odd,
                last);
    }

    @Test
    void missingPathsAreReturnedSoTheCallerReportsThem() throws Exception {
        Path missing = dir.resolve("gone.pdf");
        List<Path> files = LetterReader.expand(List.of(missing));
        assertThat(files).containsExactly(missing);
        LetterReader reader = new LetterReader(ReadOptions.defaults());
        assertThatThrownBy(() -> reader.read(files.get(0))).isInstanceOf(LetterReadException.class)
                .hasMessage("no such file");
    }

    @Test
    void aFileNamedTwiceIsKeptOnce() throws Exception {
        Path a = touch("d/a.txt");
        Path b = touch("d/b.txt");
        assertThat(LetterReader.expand(List.of(b, dir.resolve("d"), a))).containsExactly(b, a);
    }

    @Test
    void emptyDirectoryGivesNothing() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(LetterReader.expand(List.of(empty))).isEmpty();
        assertThat(LetterReader.expand(List.of())).isEmpty();
    }
}
