package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.imrworkstation.bench.ExtractionBenchmark;
import org.imrworkstation.bench.HeapWatch;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.letter.LetterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** bench: letters/s and MB/s for extraction alone and for reading plus extraction. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction speed: letters/s and MB/s.",
                "",
                "Extraction alone and reading+extraction, on 1 thread and all cores, on generated letters (the",
                "bundled samples with varied digits) or on the letters given. Run with -Xmx256m to check that a",
                "large batch stays in constant memory."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "letters to read (default: generated files)")
    List<Path> inputs;

    @Option(names = "--letters", description = "letters for the extraction-only runs (default: ${DEFAULT-VALUE})")
    long letters = 100_000;

    @Option(names = "--files", description = "generated .txt files for read+extract (default: ${DEFAULT-VALUE})")
    int files = 5_000;

    @Option(names = "--pdfs", description = "generated .pdf files for read+extract (default: ${DEFAULT-VALUE})")
    int pdfs = 500;

    @Option(names = "--threads", description = "threads for the parallel runs (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        HeapWatch heap = HeapWatch.start();
        PrintWriter out = spec.commandLine().getOut();
        SyntheticLetters gen = SyntheticLetters.fromSamples();
        ExtractionBenchmark b = new ExtractionBenchmark(gen, out);
        out.printf(Locale.ROOT, "IMR Workstation bench: %d cores, max heap %d MB, typical letter %.1f KB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                gen.averageBytes() / 1024);
        out.println("warming up ...");
        out.flush();
        b.extractOnly(Math.min(letters, 20_000), threads);
        b.extractOnly(letters, 1);
        b.extractOnly(letters, threads);
        Path tmp = null;
        try {
            List<Path> txt;
            List<Path> pdf = List.of();
            if (inputs != null && !inputs.isEmpty()) {
                txt = LetterReader.expand(inputs);
            } else {
                tmp = Files.createTempDirectory("imr-bench");
                txt = b.writeTextFiles(tmp, files);
                pdf = pdfs > 0 ? b.writePdfFiles(tmp, pdfs) : List.of();
            }
            b.readAndExtract(txt, 1, inputs == null ? "txt" : "files");
            b.readAndExtract(txt, threads, inputs == null ? "txt" : "files");
            if (!pdf.isEmpty()) {
                b.readAndExtract(pdf, 1, "pdf");
                b.readAndExtract(pdf, threads, "pdf");
            }
        } finally {
            if (tmp != null) {
                try (Stream<Path> s = Files.walk(tmp)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        out.println(heap.report());
        return 0;
    }
}
