package org.imrworkstation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.RecordJson;
import org.imrworkstation.record.Span;

/**
 * On any text, and on letter-like text with random edits: the extractor never throws, every span
 * lies inside the text and quotes it exactly, spans never overlap, and the output is deterministic.
 */
class ExtractorPropertiesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    @Property(tries = 400)
    void anyStringGivesAValidRecord(@ForAll @StringLength(max = 400) String text) {
        checkInvariants(text);
    }

    @Property(tries = 300)
    void letterLikeTextGivesAValidRecord(@ForAll("letterLike") String text) {
        checkInvariants(text);
    }

    @Property(tries = 150)
    void editedSampleLettersGiveValidRecords(@ForAll("editedSamples") String text) {
        checkInvariants(text);
    }

    private static void checkInvariants(String text) {
        LetterRecord r = EXTRACTOR.extract("p.txt", text);
        Span previous = null;
        for (Span s : r.spans()) {
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start() + 1, text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.value()).isNotNull();
            if (previous != null) {
                assertThat(s.start()).as("spans overlap: %s and %s", previous, s).isGreaterThanOrEqualTo(previous.end());
            }
            previous = s;
        }
        String again = RecordJson.toLine(EXTRACTOR.extract("p.txt", text));
        assertThat(again).isEqualTo(RecordJson.toLine(r));
    }

    /** Fragments that sit close to the extractor's patterns, glued together at random. */
    @Provide
    Arbitrary<String> letterLike() {
        Arbitrary<String> piece = Arbitraries.of(
                "Norco 10/325mg #120", "Flexeril 10 mg /tab: 1 tab PO QD # 30, Refill: 2", ": Upheld\n", ": Overturned",
                "5-6/10", "8 out \n\nof 10", "from 8 to 10 to 3/10", "4/5", "L5-S1", "C6-7", "3-31-05", "10-30-\n2016",
                "August of 2010", "Sept. 8, 2006", "Page(s): 63-66; 41", "Page 3 of 5\n", "CM16-0233904\n",
                "morphine equivalent dose of 120 mg", "IMR ISSUES, DECISIONS AND RATIONALES\n", "set forth below:\n",
                "MAXIMUS guideline: ", "Decision rationale: ", "Case Number:\n", "Date of Injury:\n", "\n\n", " ", ".",
                "1) MAXIMUS Federal Services, Inc. has determined the request for ", " is not medically necessary and appropriate.",
                "was the original request. ", "The remaining IMR eligible portion of the original request, ",
                "\u00e9", "\u201c", "\r", "\t", "#", "/", "-", ":", "10", "2016", "Anaprox DS", "Senokot-S", "with one refill");
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> editedSamples() {
        List<String> samples = SampleLetters.texts();
        Arbitrary<String> base = Arbitraries.of(samples);
        return Combinators.combine(base, Arbitraries.integers().between(0, 1_000_000).list().ofSize(12),
                Arbitraries.strings().withChars(" \n:#/-0123456789abcXYZ.").ofMaxLength(6).list().ofSize(6))
                .as(ExtractorPropertiesTest::edit);
    }

    /** Deletes, duplicates and inserts pieces at random places. */
    private static String edit(String text, List<Integer> cuts, List<String> inserts) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < inserts.size(); i++) {
            int at = cuts.get(2 * i) % (b.length() + 1);
            int len = Math.min(cuts.get(2 * i + 1) % 40, b.length() - at);
            if (i % 3 == 0) {
                b.delete(at, at + len);
            } else if (i % 3 == 1) {
                b.insert(at, b.substring(at, at + len));
            }
            b.insert(Math.min(at, b.length()), inserts.get(i));
        }
        return b.toString();
    }
}
