package org.imrworkstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrworkstation.cli.ImrCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {

    @TempDir
    Path tmp;

    @Test
    void aFailedCommandShowsOneLineAndLogsTheTraceToTheFile() throws Exception {
        Path log = AppLog.install(tmp);
        assertThat(log).isEqualTo(tmp.resolve("logs/imr-workstation-0.log"));
        Path notADb = Files.writeString(tmp.resolve("junk.mv.db"), "this is not an H2 file");
        StringWriter err = new StringWriter();
        int code = ImrCommand.run(new String[] {"status", "--db", notADb.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(code).isNotZero();
        assertThat(err.toString().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("error: "));
        String logged = Files.readString(log);
        assertThat(logged).contains("SEVERE", "command failed: status --db", "\tat ");
    }
}
