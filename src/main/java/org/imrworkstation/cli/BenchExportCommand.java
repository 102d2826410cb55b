package org.imrworkstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.imrworkstation.bench.HeapWatch;
import org.imrworkstation.export.CsvExport;
import org.imrworkstation.export.ExportFilter;
import org.imrworkstation.export.ExportSummary;
import org.imrworkstation.export.JsonlExport;
import org.imrworkstation.export.LetterStream;
import org.imrworkstation.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** bench-export: export speed and memory over an existing database (bench-store --keep makes one). */
@Command(name = "bench-export", mixinStandardHelpOptions = true,
        description = {"Measure export speed (CSV and JSON Lines) and memory on a database.",
                "",
                "Exports every letter of a database (with --include-suggestions, so that an unreviewed",
                "benchmark database exports everything) to a temporary folder as CSV and as JSONL and reports",
                "letters/s, MB written and the peak heap. Run with -Xmx256m to check constant memory:",
                "  java -Xmx256m -jar imr-workstation.jar bench-export --db /tmp/imr-bench-store.../db/imr"})
public final class BenchExportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--formats", split = ",", defaultValue = "csv,jsonl",
            description = "formats to time (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--keep", description = "keep the exported files")
    boolean keep;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        HeapWatch heap = HeapWatch.start();
        PrintWriter out = spec.commandLine().getOut();
        Path tmp = Files.createTempDirectory("imr-bench-export");
        ExportFilter all = ExportFilter.ALL.withSuggestions(true);
        try (Database database = db.open()) {
            long letters = new LetterStream(database, all, false).count();
            out.printf(Locale.ROOT, "bench-export: %d letters in %s, output in %s%n", letters, database.file(), tmp);
            out.flush();
            for (String f : formats) {
                Path target = tmp.resolve(f.equals("jsonl") ? "letters.jsonl" : f);
                long cpu = cpuNanos();
                ExportSummary s = switch (f) {
                    case "csv" -> new CsvExport(database, new CsvExport.Options(false, false)).write(target, all,
                            done -> { });
                    case "jsonl" -> new JsonlExport(database).write(target, all, done -> { });
                    default -> throw new IllegalArgumentException("bench-export: unknown format " + f);
                };
                double cpuSeconds = (cpuNanos() - cpu) / 1e9;
                out.printf(Locale.ROOT, "%-5s %d letters, %d items, %d spans in %.1f s: %.0f letters/s, %.0f MB"
                                + " written; %.1f CPU s (%.0f letters per CPU-second)%n", f, s.letters(), s.items(),
                        s.spans(), s.seconds(), s.letters() / Math.max(1e-9, s.seconds()), size(target) / 1048576.0,
                        cpuSeconds, s.letters() / Math.max(1e-9, cpuSeconds));
                out.flush();
            }
            out.println(heap.report());
        } finally {
            if (!keep) {
                try (Stream<Path> s = Files.walk(tmp)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    /** CPU time of the whole process (all threads, H2's own included): the figure a busy machine does not skew. */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long size(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
