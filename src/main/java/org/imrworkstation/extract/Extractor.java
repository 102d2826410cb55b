package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.Layout;
import org.imrworkstation.record.LetterFields;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * Turns a letter's text into its letter record. Pure: no I/O, no JavaFX, no database, no shared
 * mutable state, so one instance serves any number of threads.
 */
public final class Extractor {

    /** Bumped whenever the output for some letter may change; stored with every suggestion. */
    public static final String VERSION = "1.0";

    private static final Pattern MORPHINE_EQUIVALENT = Pattern.compile(
            "(?i)[\\s-]*(?:milligram[\\s-]+)?equivalen(?:t|ts|ce|cy)\\b|[\\s-]*equianalgesic");
    /** A drug name the lexicon does not know, written as the start of an item heading with a strength. */
    private static final Pattern UNKNOWN_DRUG_HEADING = Pattern.compile(
            "(?:(?i:retrospective|prospective|post-?op(?:erative)?|pre-?op(?:erative)?|request\\s+for|one|1)\\s+)*"
                    + "([A-Z][A-Za-z]{2,}(?:-[A-Za-z]+)?)\\s+\\d+(?:\\.\\d+)?(?:/\\d+(?:\\.\\d+)?)?\\s*(?i:mg|mcg|%|ml|g)\\b");

    private final Lexicon lexicon;

    public Extractor() {
        this(Lexicon.defaults());
    }

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The letter record alone (batch work: no section map). */
    public LetterRecord extract(String name, String text) {
        return run(name, text, false).record();
    }

    /** The record, the letter's sections (for display) and warnings for the user. */
    public Extraction analyse(String name, String text) {
        return run(name, text, true);
    }

    /** As {@link #analyse(String, String)}; batch work passes false and gets no section map. */
    public Extraction analyse(String name, String text, boolean withSections) {
        return run(name, text, withSections);
    }

    private Extraction run(String name, String text, boolean withSections) {
        MaskedText masked = new MaskedText(text);
        String t = masked.masked();
        Anchors anchors = new Anchors(t);
        Layout layout = LayoutDetector.detect(t, anchors.lower());
        List<Heading> allHeadings;
        List<Heading> itemHeadings;
        if (layout == Layout.NOTICE_2013) {
            var determinations = NoticeHeadingFinder.find(t, anchors.lower());
            allHeadings = NoticeHeadingFinder.all(determinations);
            itemHeadings = NoticeHeadingFinder.items(determinations);
        } else {
            allHeadings = HeadingFinder.find(t, anchors.lower());
            itemHeadings = allHeadings;
        }
        if (itemHeadings.isEmpty() && (layout != Layout.UNKNOWN || LayoutDetector.looksLikeImr(t))) {
            var numbered = NumberedSentenceFinder.find(t, anchors.lower());
            allHeadings = NoticeHeadingFinder.all(numbered);
            itemHeadings = NoticeHeadingFinder.items(numbered);
        }

        Candidates candidates = new Candidates(text);
        List<Span> drugs = findDrugs(text, t, anchors, itemHeadings);
        drugs.forEach(d -> candidates.add(d.type(), d.start(), d.end(), d.value()));
        DoseFinder.findStrengths(t, drugs, candidates);
        DoseFinder.findQuantities(anchors, candidates);
        DoseFinder.findRefills(anchors, candidates);
        DateFinder.find(anchors, candidates);
        PainScoreFinder.find(anchors, candidates);
        GuidelinePageFinder.find(anchors, candidates);
        RegimenFinder.find(anchors, candidates);
        for (Heading h : allHeadings) {
            candidates.add(SpanType.DECISION, h.decisionStart(), h.decisionEnd(), h.decision().name());
        }
        List<Span> spans = candidates.resolve();

        List<Item> items = new ArrayList<>();
        for (Heading h : itemHeadings) {
            items.add(ItemBuilder.build(text, t, h, spans));
        }
        LetterFields fields = new FieldExtractor(anchors, spans).extract(new HeaderBlock(t, anchors.lower()));

        List<String> warnings = new ArrayList<>();
        if (layout == Layout.UNKNOWN) {
            warnings.add(LayoutDetector.looksLikeImr(t)
                    ? "layout not recognised: extracted anyway, items may be missing"
                    : "does not look like an IMR determination letter: extracted anyway");
        } else if (items.isEmpty()) {
            warnings.add("no disputed items found");
        }
        LetterRecord record = new LetterRecord(name, layout, null, spans, items, fields);
        return new Extraction(record, withSections ? SectionFinder.find(text) : List.of(), warnings);
    }

    private List<Span> findDrugs(String text, String masked, Anchors anchors, List<Heading> headings) {
        List<Span> out = new ArrayList<>();
        for (Lexicon.Match m : lexicon.findAll(anchors.chars(), anchors.tokenStarts())) {
            if (m.entry().generics().equals("morphine") && MORPHINE_EQUIVALENT.matcher(masked)
                    .region(m.end(), Math.min(masked.length(), m.end() + 30)).lookingAt()) {
                continue; // "morphine equivalent dose" is a measure, not the drug
            }
            out.add(Span.of(SpanType.DRUG, text, m.start(), m.end(), m.entry().generics()));
        }
        for (String unknown : unknownHeadingDrugs(masked, headings, out)) {
            Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(unknown) + "(?![\\w-])",
                    Pattern.CASE_INSENSITIVE);
            Matcher m = word.matcher(masked);
            while (m.find()) {
                out.add(Span.of(SpanType.DRUG, text, m.start(), m.end(), unknown.toLowerCase(Locale.ROOT)));
            }
        }
        out.sort(null);
        return out;
    }

    /** Names in item headings that look like drugs (a capitalised word right before a strength). */
    private List<String> unknownHeadingDrugs(String masked, List<Heading> headings, List<Span> known) {
        List<String> out = new ArrayList<>();
        for (Heading h : headings) {
            boolean hasDrug = known.stream().anyMatch(d -> d.start() >= h.treatmentStart() && d.end() <= h.treatmentEnd());
            if (hasDrug) {
                continue;
            }
            Matcher m = UNKNOWN_DRUG_HEADING.matcher(masked).region(h.treatmentStart(), h.treatmentEnd());
            if (m.lookingAt() && !NonDrugWords.contains(m.group(1)) && !out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * Strength x doses a day ("10/325 mg" with "4-6" gives "40-60 mg"), as items carry it; null where
     * it cannot be computed. Public for the exports, which rebuild it for stored items.
     */
    public static String dailyDose(String strength, String frequency) {
        return ItemBuilder.dailyDose(strength, frequency);
    }
}
