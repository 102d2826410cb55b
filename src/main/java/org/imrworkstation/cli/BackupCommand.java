package org.imrworkstation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrworkstation.store.Backup;
import org.imrworkstation.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** backup --out FILE.zip: a consistent copy of the database. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent copy of the database to a zip file.",
                "",
                "To restore: unzip it and use --db with the .mv.db file inside."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "the zip file to write")
    Path out;

    @Option(names = "--force", description = "overwrite --out if it exists")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !force) {
            spec.commandLine().getErr().println(out + ": exists already (use --force to overwrite)");
            return 2;
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (Database database = db.open()) {
            long bytes = Backup.to(database, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "backed up %s to %s (%.1f MB)%n", database.file(),
                    out.toAbsolutePath(), bytes / 1048576.0);
        }
        return 0;
    }
}
