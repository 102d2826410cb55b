package org.imrworkstation.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * An endless, reproducible supply of letters for benchmarks: the bundled sample letters with their
 * digits varied, so that no two letters are the same text. Each letter is made on demand, so a
 * run over 100,000 letters holds only one at a time.
 */
public final class SyntheticLetters {

    static final String SAMPLES = "/org/imrworkstation/samples/";

    private final List<String> templates;

    public SyntheticLetters(List<String> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no template letters");
        }
        this.templates = List.copyOf(templates);
    }

    /** The sample letters bundled in the jar (listed in samples/index.list). */
    public static SyntheticLetters fromSamples() {
        return new SyntheticLetters(bundledSamples().stream().map(Sample::text).toList());
    }

    /** A bundled sample letter: its file name and text. */
    public record Sample(String name, String text) {
    }

    public static List<Sample> bundledSamples() {
        List<Sample> out = new ArrayList<>();
        for (String name : readLines(SAMPLES + "index.list")) {
            out.add(new Sample(name, String.join("\n", readLines(SAMPLES + name)) + "\n"));
        }
        return out;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = SyntheticLetters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Letter number {@code n}: the same n always gives the same text. */
    public String letter(long n) {
        String t = templates.get((int) (n % templates.size()));
        SplittableRandom rnd = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        char[] c = t.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '1' && c[i] <= '9' && rnd.nextInt(8) == 0) {
                c[i] = (char) ('1' + rnd.nextInt(9));
            }
        }
        return new String(c);
    }

    public double averageBytes() {
        return templates.stream().mapToInt(s -> s.getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
    }
}
