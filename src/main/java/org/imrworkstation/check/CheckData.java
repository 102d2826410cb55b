package org.imrworkstation.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks' reference tables, read from the classpath (org/imrworkstation/checks/*.tsv): MED
 * conversion factors, guideline page ranges and usual strengths. Immutable; {@link #defaults()} is
 * read once.
 */
public final class CheckData {

    /** One conversion factor; {@code factor} is null for an opioid not converted (buprenorphine). */
    public record Opioid(String generic, String unit, double minDaily, double maxDaily, Double factor, String source) {
    }

    /** A guideline's known page range. */
    public record GuidelinePages(String guideline, String edition, int firstPage, int lastPage, String source,
                                 boolean approximate, List<String> cues) {
    }

    /** A drug's usual strengths in one unit and its largest usual fill (null: not checked). */
    public record UsualStrength(String generic, String unit, double min, double max, Integer maxQuantity,
                                String source) {
    }

    private static final String DIR = "/org/imrworkstation/checks/";

    private static final class Holder {
        static final CheckData DEFAULTS = new CheckData(
                read("opioid_conversion.tsv", 6, CheckData::opioid),
                read("guideline_pages.tsv", 7, CheckData::pages),
                read("usual_strengths.tsv", 6, CheckData::strength));
    }

    private final List<Opioid> opioids;
    private final List<GuidelinePages> guidelines;
    private final List<UsualStrength> strengths;

    public CheckData(List<Opioid> opioids, List<GuidelinePages> guidelines, List<UsualStrength> strengths) {
        this.opioids = List.copyOf(opioids);
        this.guidelines = List.copyOf(guidelines);
        this.strengths = List.copyOf(strengths);
    }

    public static CheckData defaults() {
        return Holder.DEFAULTS;
    }

    public List<Opioid> opioids() {
        return opioids;
    }

    public List<GuidelinePages> guidelines() {
        return guidelines;
    }

    public List<UsualStrength> strengths() {
        return strengths;
    }

    /** The opioid part of a generic name ("acetaminophen/hydrocodone" gives "hydrocodone"), or null. */
    public String opioidPart(String generics) {
        if (generics == null) {
            return null;
        }
        for (String g : generics.split("/", -1)) {
            for (Opioid o : opioids) {
                if (o.generic().equals(g)) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * The factor row for an opioid, a unit and a daily dose, or null. Rows of one opioid are in
     * ascending bands (methadone): the first whose upper bound holds the dose wins, so 20.5 mg a
     * day falls in the 21-40 band.
     */
    public Opioid factor(String generic, String unit, double dailyDose) {
        for (Opioid o : opioids) {
            if (o.generic().equals(generic) && o.unit().equals(unit) && dailyDose <= o.maxDaily()) {
                return o;
            }
        }
        return null;
    }

    public UsualStrength usual(String generics, String unit) {
        for (UsualStrength s : strengths) {
            if (s.generic().equals(generics) && s.unit().equals(unit)) {
                return s;
            }
        }
        return null;
    }

    private interface RowParser<T> {
        T parse(String[] f);
    }

    private static <T> List<T> read(String name, int columns, RowParser<T> parser) {
        List<T> out = new ArrayList<>();
        try (InputStream in = CheckData.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(name + " line " + n + ": " + f.length + " columns, expected " + columns);
                }
                try {
                    out.add(parser.parse(f));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(name + " line " + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Opioid opioid(String[] f) {
        double min = f[2].equals("-") ? 0 : Double.parseDouble(f[2]);
        double max = f[3].equals("-") ? Double.MAX_VALUE : Double.parseDouble(f[3]);
        Double factor = f[4].equals("none") ? null : Double.valueOf(f[4]);
        return new Opioid(f[0], f[1], min, max, factor, f[5]);
    }

    private static GuidelinePages pages(String[] f) {
        String approx = f[5].toLowerCase(Locale.ROOT);
        if (!approx.equals("yes") && !approx.equals("no")) {
            throw new IllegalArgumentException("approximate must be yes or no: " + f[5]);
        }
        return new GuidelinePages(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4],
                approx.equals("yes"), List.of(f[6].split("\\|")));
    }

    private static UsualStrength strength(String[] f) {
        Integer q = f[4].equals("-") ? null : Integer.valueOf(f[4]);
        return new UsualStrength(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), q, f[5]);
    }
}
