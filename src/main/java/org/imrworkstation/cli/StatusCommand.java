package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.imrworkstation.record.RecordJson;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.StoreStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** status: the database's figures, one a line (stable for scripts) or one JSON object. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Print the database's figures, one a line (--json: one object).",
                "",
                "Letters, failed imports, letters per review status, extractor versions."})
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--json", description = "one JSON object instead of lines")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StoreStatus s;
        try (Database database = db.open()) {
            s = new LetterStore(database).status();
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("letters", s.letters());
            m.put("failed", s.failed());
            m.put("unreviewed", s.unreviewed());
            m.put("in_progress", s.inProgress());
            m.put("verified", s.verified());
            m.put("flagged", s.flagged());
            m.put("extractor_versions", s.extractorVersions());
            out.println(RecordJson.mapper().writeValueAsString(m));
        } else {
            out.println("letters: " + s.letters());
            out.println("failed: " + s.failed());
            out.println("unreviewed: " + s.unreviewed());
            out.println("in progress: " + s.inProgress());
            out.println("verified: " + s.verified());
            out.println("flagged: " + s.flagged());
            out.println("extractor versions: " + s.extractorVersions().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
        }
        out.flush();
        return 0;
    }
}
