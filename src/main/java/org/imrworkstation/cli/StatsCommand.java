package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.imrworkstation.record.RecordJson;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.stats.CorrectionCount;
import org.imrworkstation.store.stats.ReviewerStatistics;
import org.imrworkstation.store.stats.ReviewerStats;
import org.imrworkstation.store.stats.SecondsPerLetter;
import org.imrworkstation.store.stats.StatsFilter;
import org.imrworkstation.store.stats.SuggestionOutcome;
import org.imrworkstation.store.stats.VerifiedPerDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** stats: reviewer statistics, one figure a line (names before the colon, stable for scripts) or one JSON object. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print reviewer statistics, one figure a line (--json: one object).",
                "",
                "Letters verified per annotator per day; median and p90 seconds per verified",
                "letter; corrections by span type and reason; and per span type how many of the",
                "extractor's suggestions were accepted unchanged, corrected or rejected, and how",
                "many mentions it missed. Days are calendar days in --zone."})
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateOption.class, description = "first day counted (default: the first)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateOption.class, description = "last day counted, inclusive (default: the last)")
    LocalDate to;

    @Option(names = "--annotator", paramLabel = "NAME", description = "only this annotator's work (default: everybody)")
    String annotator;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneOption.class, description = "time zone the days are in, e.g. America/Los_Angeles"
            + " (default: this computer's)")
    ZoneId zone;

    @Option(names = "--json", description = "one JSON object instead of lines")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        PrintWriter out = spec.commandLine().getOut();
        ReviewerStatistics s;
        try (Database database = db.open()) {
            s = new ReviewerStats(database).compute(new StatsFilter(from, to, annotator, zone));
        }
        if (json) {
            out.println(RecordJson.mapper().writeValueAsString(json(s)));
        } else {
            lines(s).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    /** picocli's own message names the parser's exception; a clerk needs the format. */
    static final class DateOption implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date like 2026-03-31");
            }
        }
    }

    static final class ZoneOption implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.strip());
            } catch (java.time.DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a time zone like America/Los_Angeles or UTC");
            }
        }
    }

    static List<String> lines(ReviewerStatistics s) {
        List<String> l = new ArrayList<>();
        l.add("verified: " + s.verifiedTotal());
        Map<String, Long> byAnnotator = new TreeMap<>();
        s.verifiedPerDay().forEach(d -> byAnnotator.merge(d.annotator(), d.letters(), Long::sum));
        byAnnotator.forEach((a, n) -> l.add("verified " + a + ": " + n));
        for (VerifiedPerDay d : s.verifiedPerDay()) {
            l.add("verified " + d.day() + " " + d.annotator() + ": " + d.letters());
        }
        for (SecondsPerLetter t : s.seconds()) {
            l.add("timed " + t.annotator() + ": " + t.timed());
            l.add("median seconds " + t.annotator() + ": " + number(t.median()));
            l.add("p90 seconds " + t.annotator() + ": " + number(t.p90()));
        }
        l.add("corrections: " + s.correctionTotal());
        for (CorrectionCount c : s.corrections()) {
            l.add("corrections " + c.type() + " " + c.reason() + ": " + c.count());
        }
        for (SuggestionOutcome o : s.suggestions()) {
            l.add("accepted " + o.type() + ": " + o.accepted());
            l.add("corrected " + o.type() + ": " + o.corrected());
            l.add("rejected " + o.type() + ": " + o.rejected());
            l.add("missed " + o.type() + ": " + o.missed());
            l.add("error share " + o.type() + ": " + share(o.errorShare()));
        }
        return l;
    }

    static Map<String, Object> json(ReviewerStatistics s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", s.filter().from() == null ? null : s.filter().from().toString());
        m.put("to", s.filter().to() == null ? null : s.filter().to().toString());
        m.put("annotator", s.filter().annotator());
        m.put("zone", s.filter().zone().getId());
        m.put("verified", s.verifiedTotal());
        m.put("verified_per_day", s.verifiedPerDay().stream().map(d -> ordered(
                "day", d.day().toString(), "annotator", d.annotator(), "letters", d.letters())).toList());
        m.put("seconds", s.seconds().stream().map(t -> ordered("annotator", t.annotator(), "verified", t.verified(),
                "timed", t.timed(), "median", finite(t.median()), "p90", finite(t.p90()))).toList());
        m.put("corrections", s.correctionTotal());
        m.put("corrections_by_type_and_reason", s.corrections().stream().map(c -> ordered(
                "type", c.type(), "reason", c.reason().name(), "count", c.count())).toList());
        m.put("suggestions", s.suggestions().stream().map(o -> ordered("type", o.type(), "accepted", o.accepted(),
                "corrected", o.corrected(), "rejected", o.rejected(), "missed", o.missed(),
                "accepted_share", finite(o.acceptedShare()), "corrected_share", finite(o.correctedShare()),
                "rejected_share", finite(o.rejectedShare()), "error_share", finite(o.errorShare()))).toList());
        return m;
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** JSON has no NaN: "no figure" is null. */
    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** Whole seconds as integers, else one decimal; "-" when there is no figure. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String share(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
