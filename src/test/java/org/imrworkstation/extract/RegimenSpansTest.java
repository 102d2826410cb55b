package org.imrworkstation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrworkstation.eval.Evaluator;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** FREQUENCY, ROUTE and MED (decision 0004, docs/ANNOTATION_TYPES.md). */
class RegimenSpansTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static List<Span> spans(String text, SpanType type) {
        return EXTRACTOR.extract("t.txt", text).spans().stream().filter(s -> s.type() == type).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He takes Flexeril 10 mg 1 tab PO QD daily.|1 tab PO QD|1",
        "Naproxen 550mg BID was prescribed.|BID|2",
        "Ibuprofen 800mg TID with food.|TID|3",
        "Norco 10/325mg q6h prn for pain.|q6h prn|4",
        "Norco 10/325mg Q4H.|Q4H|6",
        "Percocet every 4-6 hours as needed.|every 4-6 hours as needed|4-6",
        "Voltaren gel 3 times a day.|3 times a day|3",
        "Gabapentin 300 mg twice daily.|twice daily|2",
        "Neurontin 600mg three times daily.|three times daily|3",
        "Norco 10/325mg 2 tabs PO q4-6h prn.|2 tabs PO q4-6h prn|8-12",
        "Duragesic every 72 hours.|every 72 hours|0.33",
        "Norco one tablet every 6 hours.|one tablet every 6 hours|4",
        "Soma 350mg 1 tab po at bedtime.|1 tab po at bedtime|1",
    })
    void frequencies(String text, String span, String value) {
        assertThat(spans(text, SpanType.FREQUENCY)).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(span);
            assertThat(s.value()).isEqualTo(value);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Toradol 60 mg IM was given.|IM|IM",
        "Morphine 4 mg IV in the ER.|IV|IV",
        "Apply Lidoderm topically.|topically|topical",
        "Topical analgesics are experimental.|Topical|topical",
        "A transdermal patch.|transdermal|transdermal",
        "Norco 10/325mg PO.|PO|PO",
        "Take it p.o. with water.|p.o.|PO",
    })
    void routes(String text, String span, String value) {
        assertThat(spans(text, SpanType.ROUTE)).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(span);
            assertThat(s.value()).isEqualTo(value);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The bid was declined. Schedule IV drugs. Write to P.O. Box 138009. It is daily work.",
        "Take it im now. The PO Box 12 office. Part IV of the notes. Level IV.",
        "A 3 day course, 2 days a week.",
    })
    void notRoutesOrFrequencies(String text) {
        assertThat(spans(text, SpanType.ROUTE)).isEmpty();
        assertThat(spans(text, SpanType.FREQUENCY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "His current 180 MED is high.|180 MED|180",
        "The MED of 120 is above.|MED of 120|120",
        "A morphine equivalent dose of 150 mg per day.|morphine equivalent dose of 150 mg per day|150",
        "He is at 120 mg MED now.|120 mg MED|120",
        "Calculated MED is 97.5 mg.|MED is 97.5 mg|97.5",
        "The morphine equivalent dose (MED) of 90 mg.|morphine equivalent dose (MED) of 90 mg|90",
    })
    void statedMeds(String text, String span, String value) {
        assertThat(spans(text, SpanType.MED)).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(span);
            assertThat(s.value()).isEqualTo(value);
        });
    }

    @Test
    void aLimitIsNotAStatedMed() {
        assertThat(spans("Doses exceeding 120 mg MED are not advised; no more than 120 MED; the MED is "
                + "above 100; keep it under 90 MED.", SpanType.MED)).isEmpty();
        // "morphine equivalent" is a measure, not the drug morphine (v1 rule, unchanged)
        assertThat(spans("a morphine equivalent dose of 60 mg", SpanType.DRUG)).isEmpty();
    }

    @Test
    void aRouteInsideAFrequencyIsNotAnnotatedAndNoSpansOverlap() {
        String text = "Flexeril 10 mg /tab: 1 tab PO QD # 30, Refill: 2: Upheld\nHe takes it PO at night, 20 mg IM once.";
        LetterRecord r = EXTRACTOR.extract("t.txt", text);
        List<Span> frequency = r.spans().stream().filter(s -> s.type() == SpanType.FREQUENCY).toList();
        List<Span> route = r.spans().stream().filter(s -> s.type() == SpanType.ROUTE).toList();
        assertThat(frequency).extracting(Span::text).containsExactly("1 tab PO QD");
        assertThat(route).extracting(Span::text).containsExactly("PO", "IM");
        for (int i = 1; i < r.spans().size(); i++) {
            assertThat(r.spans().get(i - 1).end()).isLessThanOrEqualTo(r.spans().get(i).start());
        }
    }

    @Test
    void theNewTypesNeverDisplaceAV1Span() {
        // "#30" stays a QUANTITY, "10 mg" a STRENGTH, the date a DATE, whatever the new finders propose
        String text = "Norco 10 mg 1 tab PO QD #30 on 10/14/2015: Upheld";
        LetterRecord r = EXTRACTOR.extract("t.txt", text);
        assertThat(r.spans()).extracting(Span::type).containsExactly(SpanType.DRUG, SpanType.STRENGTH,
                SpanType.FREQUENCY, SpanType.QUANTITY, SpanType.DATE, SpanType.DECISION);
    }

    @Test
    void itemsCarryFrequencyAndDailyDose() {
        String text = "IMR ISSUES, DECISIONS AND RATIONALES\n\nNorco 10/325mg 1 tab PO q4-6h #180: Upheld\n\n"
                + "Flexeril 10mg #30: Upheld\n";
        List<Item> items = EXTRACTOR.extract("t.txt", text).items();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).frequency()).isEqualTo("4-6");
        assertThat(items.get(0).dailyDose()).isEqualTo("40-60 mg");
        assertThat(items.get(1).frequency()).isNull();
        assertThat(items.get(1).dailyDose()).isNull();
        assertThat(ItemBuilder.dailyDose("25 mcg/hr", "0.33")).isNull();
        assertThat(ItemBuilder.dailyDose("1.5 %", "2")).isNull();
        assertThat(ItemBuilder.dailyDose("7.5 mg", "3")).isEqualTo("22.5 mg");
    }

    @Test
    void theScorersDefaultTypesStayTheEightV1Types() {
        assertThat(Evaluator.DEFAULT_TYPES).containsExactly("DRUG", "STRENGTH", "QUANTITY", "REFILLS", "DATE",
                "PAIN_SCORE", "GUIDELINE_PAGE", "DECISION");
        assertThat(SpanType.V1).allMatch(SpanType::isV1);
        assertThat(List.of(SpanType.FREQUENCY, SpanType.ROUTE, SpanType.MED)).noneMatch(SpanType::isV1);
    }
}
